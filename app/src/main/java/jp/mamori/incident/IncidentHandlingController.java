package jp.mamori.incident;

import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.evidence.EvidenceDownloads;
import jp.mamori.evidence.EvidenceManagement;
import jp.mamori.evidence.EvidenceNotFound;
import jp.mamori.evidence.EvidenceOwner;
import jp.mamori.evidence.EvidenceRefused;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CSIRT's work on an incident besides its states: notes of actions and decisions on the timeline, tasks with
 * an owning unit (kept as corrective actions of the incident), evidence files in the shared evidence store, and
 * escalation up the reporting chain. Each needs INCIDENT_HANDLE within reach; downloading evidence INCIDENT_VIEW.
 * A refusal comes back to the incident's page as a flash message with the reason.
 */
@Controller
@RequestMapping("/incidents")
class IncidentHandlingController {

    private final Incidents incidents;
    private final IncidentAccess access;
    private final EvidenceManagement evidence;
    private final EvidenceDownloads downloads;
    private final Messages messages;

    IncidentHandlingController(Incidents incidents, IncidentAccess access, EvidenceManagement evidence,
            EvidenceDownloads downloads, Messages messages) {
        this.incidents = incidents;
        this.access = access;
        this.evidence = evidence;
        this.downloads = downloads;
        this.messages = messages;
    }

    static EvidenceOwner evidenceOwner(UUID incidentId) {
        return new EvidenceOwner("incident", Incidents.TYPE, incidentId.toString());
    }

    @PostMapping("/{id}/note")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String note(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return handle(id, redirect, "incident.flash.noted", t -> incidents.addNote(t, id, kind, text));
    }

    @PostMapping("/{id}/task")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String task(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID ownerUnit, @RequestParam(required = false) LocalDate due,
            RedirectAttributes redirect) {
        return handle(id, redirect, "incident.flash.taskOpened", t -> incidents.openTask(t, id, title, ownerUnit, due));
    }

    @PostMapping("/{id}/escalate")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String escalate(@PathVariable UUID id, @RequestParam Escalation to, RedirectAttributes redirect) {
        return handle(id, redirect, "incident.flash.escalated", t -> incidents.escalate(t, id, to));
    }

    @PostMapping("/{id}/evidence")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        return handle(id, redirect, "incident.flash.evidenceAdded", t -> {
            if (file == null) {
                throw new EvidenceRefused(EvidenceRefused.Field.FILE, "evidence.refused.fileEmpty");
            }
            evidence.addFile(t, evidenceOwner(id), title, file.getOriginalFilename(), file.getSize(),
                    file::getInputStream);
        });
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        access.readable(id);
        var tenantId = CurrentUser.require().tenantId();
        var file = evidence.find(tenantId, "incident", evidenceId)
                .filter(e -> e.owner().equals(evidenceOwner(id)))
                .orElseThrow(() -> new EvidenceNotFound(evidenceId));
        return downloads.download(tenantId, file);
    }

    private String handle(UUID id, RedirectAttributes redirect, String done,
            java.util.function.Consumer<UUID> work) {
        access.handleable(id);
        try {
            work.accept(CurrentUser.require().tenantId());
            messages.flash(redirect, done);
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", messages.text(refused.messageKey(), refused.arguments()));
        }
        return "redirect:/incidents/" + id;
    }
}
