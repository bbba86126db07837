package jp.mamori.catalog;

import java.io.IOException;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, downloading and removing the evidence of a measure. */
@Controller
class EvidenceController {

    private final EvidenceManagement management;
    private final EvidenceItems items;
    private final EvidenceStore store;
    private final Messages messages;

    EvidenceController(EvidenceManagement management, EvidenceItems items, EvidenceStore store,
            Messages messages) {
        this.management = management;
        this.items = items;
        this.store = store;
        this.messages = messages;
    }

    @PostMapping("/catalog/measures/{id}/evidence/file")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        management.addFile(user.tenantId(), id, title, file.getOriginalFilename(), file.getSize(), file::getInputStream);
        messages.flash(redirect, "catalog.flash.evidenceAdded");
        return "redirect:/catalog/measures/" + id;
    }

    @PostMapping("/catalog/measures/{id}/evidence/link")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String link(@PathVariable String id, @RequestParam(required = false) String title, @RequestParam String url,
            RedirectAttributes redirect) {
        management.addLink(CurrentUser.require().tenantId(), id, title, url);
        messages.flash(redirect, "catalog.flash.evidenceAdded");
        return "redirect:/catalog/measures/" + id;
    }

    @GetMapping("/catalog/evidence/{evidenceId}")
    @RequiresPermission(Permission.CATALOG_VIEW)
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID evidenceId) {
        var tenantId = CurrentUser.require().tenantId();
        var evidence = items.find(tenantId, evidenceId).filter(Evidence::file)
                .orElseThrow(() -> new EvidenceNotFound(evidenceId));
        var extension = EvidenceFileType.of(evidence.fileName()).map(EvidenceFileType::extension).orElse("bin");
        StreamingResponseBody body = out -> {
            try (var in = store.open(tenantId, evidence.storageKey())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.mediaType()))
                .contentLength(evidence.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        TableExport.attachment(evidence.fileName(), "evidence-" + evidence.id() + "." + extension))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @PostMapping("/catalog/evidence/{evidenceId}/delete")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String remove(@PathVariable UUID evidenceId, RedirectAttributes redirect) throws IOException {
        var tenantId = CurrentUser.require().tenantId();
        var evidence = items.find(tenantId, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        management.remove(tenantId, evidenceId);
        messages.flash(redirect, "catalog.flash.evidenceRemoved");
        return "redirect:/catalog/measures/" + evidence.measureId();
    }
}
