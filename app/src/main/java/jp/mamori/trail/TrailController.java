package jp.mamori.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.ResultPage;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;
import jp.mamori.web.TenantZone;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trail viewer: the signed-in user's tenant's entries, searchable by who, what and when, with
 * XLSX and CSV export of the filtered list. The installation-wide checkpoint downloads are for the
 * installation's administrators only: a checkpoint's size counts every tenant's entries.
 */
@Controller
class TrailController {

    static final int PAGE_SIZE = 50;

    private final TrailQueries queries;
    private final TrailExport export;
    private final TrailCheckpoints checkpoints;
    private final TrailSigningKey key;
    private final Clock clock;
    private final TenantZone zones;
    private final TrailLines lines;

    TrailController(TrailQueries queries, TrailExport export, TrailCheckpoints checkpoints, TrailSigningKey key, Clock clock,
            TenantZone zones, TrailLines lines) {
        this.lines = lines;
        this.queries = queries;
        this.export = export;
        this.checkpoints = checkpoints;
        this.key = key;
        this.clock = clock;
        this.zones = zones;
    }

    @GetMapping("/trail")
    @RequiresPermission(Permission.TRAIL_VIEW)
    String list(@ModelAttribute("filter") TrailFilter bound, BindingResult binding,
            @RequestParam(required = false) Integer page, @RequestParam Map<String, String> typed, Model model,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        // a date that does not bind leaves no filter: the search form comes back from what was typed
        var filter = bound != null ? bound : TrailFilter.typed(typed);
        model.addAttribute("filter", filter);
        var errors = TrailFilter.errors(filter, binding);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", Map.of("from", typed.getOrDefault("from", ""), "to", typed.getOrDefault("to", "")));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), zones.zone(user.tenantId())));
        model.addAttribute("canDownloadCheckpoints", user.can(Permission.INSTALLATION_ADMIN));
        if (!errors.isEmpty()) {
            // the search form again, with what was typed and the reason at the field; no list for a search not run
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("lines", List.of());
            model.addAttribute("result", new ResultPage<>(List.of(), 0, PAGE_SIZE, 0));
            return "trail/list";
        }
        var total = queries.count(user.tenantId(), filter);
        var pages = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
        // Zero-based like every other list, so that the shared pager links to it.
        var current = Math.min(ResultPage.clampPage(page), pages - 1);
        var rows = queries.page(user.tenantId(), filter, current * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("lines", lines.of(user.tenantId(), rows));
        model.addAttribute("result", new ResultPage<>(rows, current, PAGE_SIZE, total));
        return "trail/list";
    }

    @GetMapping("/trail/export.csv")
    @RequiresPermission(Permission.TRAIL_VIEW)
    void csv(@ModelAttribute TrailFilter filter, HttpServletResponse response) throws IOException {
        var user = CurrentUser.require();
        download(response, ExportFormat.CSV);
        export.write(ExportFormat.CSV, user.tenantId(), filter, response.getOutputStream());
    }

    @GetMapping("/trail/export.xlsx")
    @RequiresPermission(Permission.TRAIL_VIEW)
    void xlsx(@ModelAttribute TrailFilter filter, HttpServletResponse response) throws IOException {
        var user = CurrentUser.require();
        download(response, ExportFormat.XLSX);
        export.write(ExportFormat.XLSX, user.tenantId(), filter, response.getOutputStream());
    }

    /** The latest signed checkpoint, as the {@code trail export-checkpoints} command writes it. */
    @GetMapping("/trail/checkpoint")
    @RequiresPermission(Permission.INSTALLATION_ADMIN)
    ResponseEntity<String> latestCheckpoint() {
        var latest = checkpoints.latest().orElseThrow(() -> new CheckpointNotFound("checkpoint"));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ExportCheckpointsCommand.fileName(latest.size())).build().toString())
                .body(latest.note());
    }

    @GetMapping("/trail/public-key")
    @RequiresPermission(Permission.INSTALLATION_ADMIN)
    ResponseEntity<String> publicKey() throws IOException {
        var file = key.publicKeyFile();
        if (!Files.exists(file)) {
            throw new CheckpointNotFound("public key");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("trail-ed25519.pub").build().toString())
                .body(Files.readString(file));
    }

    private static void download(HttpServletResponse response, ExportFormat format) {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                TableExport.attachment("監査証跡." + format.extension(), "trail." + format.extension()));
    }
}
