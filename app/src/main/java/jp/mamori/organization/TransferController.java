package jp.mamori.organization;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import (upload → preview with every problem → confirm) and export of units and staff, and the templates.
 * The uploaded file waits in the session between preview and confirmation, bound to the tenant and to its
 * SHA-256, so that what is confirmed is exactly what was previewed.
 */
@Controller
@RequestMapping("/organization")
class TransferController {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String PENDING = TransferController.class.getName() + ".pending";

    /** An upload waiting for confirmation. */
    record PendingImport(UUID tenantId, OrgImport.Kind kind, String fileName, byte[] content, String sha256)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final OrgImport imports;
    private final OrgExport exports;
    private final Flash flash;
    private final TenantCalendar calendar;

    TransferController(OrgImport imports, OrgExport exports, Flash flash, TenantCalendar calendar) {
        this.imports = imports;
        this.exports = exports;
        this.flash = flash;
        this.calendar = calendar;
    }

    @GetMapping("/transfer")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String page() {
        return "organization/transfer";
    }

    @PostMapping("/import")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String upload(@RequestParam OrgImport.Kind kind, @RequestParam("file") MultipartFile file, HttpSession session,
            Model model) throws IOException {
        var tenantId = CurrentUser.require().tenantId();
        var name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        OrgImport.Result result;
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            result = new OrgImport.Result(kind, name, 0,
                    List.of(new ImportProblem(0, "", file.isEmpty() ? "organization.import.unreadable.empty"
                            : "organization.import.unreadable.tooLarge")), 0, 0, 0);
        } else {
            var content = file.getBytes();
            result = imports.preview(tenantId, kind, name, content);
            if (result.valid()) {
                session.setAttribute(PENDING, new PendingImport(tenantId, kind, name, content, sha256(content)));
                model.addAttribute("sha256", sha256(content));
            }
        }
        model.addAttribute("result", result);
        return "organization/import-preview";
    }

    @PostMapping("/import/confirm")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String confirm(@RequestParam String sha256, HttpSession session, Model model, RedirectAttributes redirect) {
        var tenantId = CurrentUser.require().tenantId();
        var pending = session.getAttribute(PENDING) instanceof PendingImport p && p.tenantId().equals(tenantId)
                && p.sha256().equals(sha256) ? p : null;
        if (pending == null) {
            flash.add(redirect, "organization.import.expired");
            return "redirect:/organization/transfer";
        }
        session.removeAttribute(PENDING);
        try {
            var result = imports.importFile(tenantId, pending.kind(), pending.fileName(), pending.content());
            flash.add(redirect, "organization.import.done", result.created(), result.updated(), result.unchanged());
        } catch (OrgImport.ImportRefused refused) {
            model.addAttribute("result", refused.result);
            return "organization/import-preview";
        }
        return pending.kind() == OrgImport.Kind.UNITS ? "redirect:/organization/units" : "redirect:/organization/staff";
    }

    @GetMapping("/export/{what}.{format}")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    ResponseEntity<byte[]> export(@PathVariable String what, @PathVariable String format) {
        var user = CurrentUser.require();
        var fmt = format(format);
        var date = calendar.today(CurrentUser.require().tenantId()).format(DateTimeFormatter.BASIC_ISO_DATE);
        return switch (what) {
            case "units" -> file(fmt, "組織一覧_" + date, "org-units-" + date,
                    OrgExport.write(fmt, "組織", OrgColumns.UNITS, exports.unitRows(user.tenantId())));
            case "staff" -> file(fmt, "職員一覧_" + date, "staff-" + date, OrgExport.write(fmt, "職員", OrgColumns.STAFF,
                    exports.staffRows(user.tenantId(), user.tenantWide() ? null : user.unitScope())));
            default -> throw new UnitNotFound(null);
        };
    }

    @GetMapping("/import/template/{what}.{format}")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    ResponseEntity<byte[]> template(@PathVariable String what, @PathVariable String format) {
        var fmt = format(format);
        return switch (what) {
            case "units" -> file(fmt, "組織取り込み用", "org-units-template",
                    OrgExport.write(fmt, "組織", OrgColumns.UNITS, List.of()));
            case "staff" -> file(fmt, "職員取り込み用", "staff-template",
                    OrgExport.write(fmt, "職員", OrgColumns.STAFF, List.of()));
            default -> throw new UnitNotFound(null);
        };
    }

    private static ExportFormat format(String format) {
        return switch (format) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            default -> throw new UnitNotFound(null);
        };
    }

    /** The download with an ASCII fallback name and the Japanese name per RFC 6266 / RFC 5987. */
    static ResponseEntity<byte[]> file(ExportFormat format, String japaneseName, String asciiName, byte[] body) {
        var extension = "." + format.extension();
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment(japaneseName + extension, asciiName + extension))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
