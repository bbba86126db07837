package jp.mamori.catalog;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.evidence.EvidenceManagement;
import jp.mamori.evidence.EvidenceNotFound;
import jp.mamori.evidence.EvidenceRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, downloading and removing the evidence of a measure. A refused upload or link comes back on the measure's
 * page (422) with the reason next to its field and the rest of the input kept, never on a bare error page.
 */
@Controller
class EvidenceController {

    /** What the evidence forms keep after a refusal: which form, its title and address. */
    record EvidenceInput(String form, String title, String url) {
    }

    private final EvidenceManagement evidence;
    private final CatalogPages pages;
    private final MeasureCatalogue catalogue;
    private final Messages messages;

    EvidenceController(EvidenceManagement evidence, CatalogPages pages, MeasureCatalogue catalogue,
            Messages messages) {
        this.evidence = evidence;
        this.pages = pages;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @PostMapping("/catalog/measures/{id}/evidence/file")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String upload(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var measure = measure(id);
        try {
            if (file == null) {
                throw new EvidenceRefused(EvidenceRefused.Field.FILE, "evidence.refused.fileEmpty");
            }
            evidence.addFile(user.tenantId(), MeasureEvidence.owner(measure), title, file.getOriginalFilename(),
                    file.getSize(), file::getInputStream);
        } catch (EvidenceRefused e) {
            return refused(model, response, user, measure, e, new EvidenceInput("file", title, null));
        }
        messages.flash(redirect, "catalog.flash.evidenceAdded");
        return "redirect:/catalog/measures/" + measure;
    }

    @PostMapping("/catalog/measures/{id}/evidence/link")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String link(@PathVariable String id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String url, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var measure = measure(id);
        try {
            evidence.addLink(user.tenantId(), MeasureEvidence.owner(measure), title, url);
        } catch (EvidenceRefused e) {
            return refused(model, response, user, measure, e, new EvidenceInput("link", title, url));
        }
        messages.flash(redirect, "catalog.flash.evidenceAdded");
        return "redirect:/catalog/measures/" + measure;
    }

    @GetMapping("/catalog/evidence/{evidenceId}")
    @RequiresPermission(Permission.CATALOG_VIEW)
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID evidenceId) {
        var tenantId = CurrentUser.require().tenantId();
        var file = evidence.find(tenantId, MeasureEvidence.MODULE, evidenceId).filter(e -> e.file())
                .orElseThrow(() -> new EvidenceNotFound(evidenceId));
        StreamingResponseBody body = out -> {
            try (var in = evidence.open(tenantId, file)) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        TableExport.attachment(file.fileName(), "evidence-" + file.id() + "." + file.extension()))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @PostMapping("/catalog/evidence/{evidenceId}/delete")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String remove(@PathVariable UUID evidenceId, RedirectAttributes redirect) {
        var removed = evidence.remove(CurrentUser.require().tenantId(), MeasureEvidence.MODULE, evidenceId);
        messages.flash(redirect, "catalog.flash.evidenceRemoved");
        return "redirect:/catalog/measures/" + removed.owner().objectId();
    }

    /** The measure's id as the catalogue spells it; an unknown measure is a 404 before anything is stored. */
    private String measure(String id) {
        return catalogue.measure(id).orElseThrow(() -> new MeasureNotFound(id)).id();
    }

    private String refused(Model model, HttpServletResponse response, CurrentUser user, String measure,
            EvidenceRefused refusal, EvidenceInput input) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        pages.show(model, user, measure);
        model.addAttribute("evidenceInput", input);
        model.addAttribute("evidenceField", refusal.field().name());
        model.addAttribute("evidenceRefusal", messages.text(refusal.messageKey(), refusal.arguments()));
        return "catalog/measure";
    }
}
