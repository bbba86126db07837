package jp.mamori.incident;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.SignedIn;
import jp.mamori.kernel.Refused;
import jp.mamori.organization.Organization;
import jp.mamori.policy.DocumentKind;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.TrailHistory;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Incident pages: the one-minute report and "my reports" for every signed-in member of staff, and for the CSIRT
 * the register (search, pages, CSV/XLSX) and each incident's page with its facts, obligations, history and the
 * step its state allows. Reading needs INCIDENT_VIEW within its reach over the reporter's unit, a step
 * INCIDENT_HANDLE; an incident outside the reach is not found.
 */
@Controller
@RequestMapping("/incidents")
class IncidentController {

    private final Incidents incidents;
    private final IncidentRows rows;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final TrailHistory history;
    private final Messages messages;
    private final PolicyLibrary policies;
    private final IncidentAccess access;
    private final jp.mamori.correction.CorrectiveActions corrections;
    private final jp.mamori.evidence.EvidenceManagement evidence;

    IncidentController(Incidents incidents, IncidentRows rows, Organization organization, TenantCalendar calendar,
            TrailHistory history, Messages messages, PolicyLibrary policies, IncidentAccess access,
            jp.mamori.correction.CorrectiveActions corrections, jp.mamori.evidence.EvidenceManagement evidence) {
        this.policies = policies;
        this.access = access;
        this.corrections = corrections;
        this.evidence = evidence;
        this.incidents = incidents;
        this.rows = rows;
        this.organization = organization;
        this.calendar = calendar;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping("/report")
    @SignedIn
    String reportForm(Model model) {
        model.addAttribute("today", calendar.today(CurrentUser.require().tenantId()));
        return "incident/report";
    }

    @PostMapping("/report")
    @SignedIn
    String report(IncidentFactsForm form, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String onBehalfOf, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        var today = calendar.today(user.tenantId());
        try {
            var facts = form.facts(today);
            var unit = user.staffId() == null ? null : organization.staffMember(user.tenantId(), user.staffId())
                    .map(s -> s.unitId()).orElse(null);
            var id = incidents.report(user.tenantId(), unit, contact, onBehalfOf, facts);
            messages.flash(redirect, "incident.flash.reported");
            return "redirect:/incidents/mine/" + id;
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("today", today);
            model.addAttribute("problem", messages.text(refused.messageKey(), refused.arguments()));
            return "incident/report";
        }
    }

    @GetMapping("/mine")
    @SignedIn
    String mine(@RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var query = IncidentQuery.of(null, null, false, page, null);
        model.addAttribute("result", rows.page(user.tenantId(), query, java.util.Optional.empty(),
                Incidents.by(jp.mamori.access.Actor.current())));
        return "incident/mine";
    }

    @GetMapping("/mine/{id}")
    @SignedIn
    String myReport(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var incident = incidents.get(user.tenantId(), id);
        if (!incident.reportedBy().equals(Incidents.by(jp.mamori.access.Actor.current()))) {
            throw new IncidentNotFound(id);
        }
        model.addAttribute("incident", incident);
        return "incident/my-report";
    }

    @GetMapping
    @RequiresPermission(Permission.INCIDENT_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var query = IncidentQuery.of(q, state, open, page, size);
        model.addAttribute("query", query);
        model.addAttribute("result", rows.page(user.tenantId(), query,
                user.reach(Permission.INCIDENT_VIEW).unitFilter(), null));
        model.addAttribute("states", IncidentState.values());
        model.addAttribute("units", unitNames(user.tenantId()));
        return "incident/list";
    }

    @GetMapping("/export.{format}")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, @RequestParam(required = false) Boolean open) {
        var exportFormat = TableExport.ExportFormat.parse(format);
        var user = CurrentUser.require();
        var found = rows.page(user.tenantId(), IncidentQuery.of(q, state, open, 0, null).allRows(),
                user.reach(Permission.INCIDENT_VIEW).unitFilter(), null).items();
        var units = unitNames(user.tenantId());
        var headers = List.of("title", "state", "severity", "discoveredOn", "reportedAt", "unit", "peopleAffected",
                "closedAt").stream().map(c -> messages.text("incident.field." + c)).toList();
        var table = TableExport.<Incident>of(messages.text("incident.title"), headers, i -> Arrays.asList(
                        i.facts().title(), messages.text("incident.state." + i.state().name()), i.severity(),
                        i.facts().discoveredOn(), i.reportedAt(), units.getOrDefault(i.unitId(), ""),
                        i.facts().peopleAffected(), i.closedAt()))
                .timesIn(calendar.zone(user.tenantId()), headers.get(4), headers.get(7));
        return TableExport.download(exportFormat, messages.text("incident.export.name"), "incidents",
                out -> table.write(exportFormat, found.stream(), out));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        page(model, access.readable(id), page == null ? 0 : Math.max(0, page));
        return "incident/detail";
    }

    @PostMapping("/{id}/triage")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String triage(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String severity,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response, t -> incidents.triage(t, id, version, severity));
    }

    @PostMapping("/{id}/advance")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String advance(@PathVariable UUID id, @RequestParam long version, @RequestParam IncidentState to, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response, t -> incidents.advance(t, id, version, to));
    }

    @PostMapping("/{id}/sent")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String sent(@PathVariable UUID id, @RequestParam long version, @RequestParam ReportingBody body,
            @RequestParam ReportStage stage, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response, t -> incidents.recordSent(t, id, version, body, stage, note));
    }

    @PostMapping("/{id}/close")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String close(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String cause,
            @RequestParam(required = false) String prevention, @RequestParam(required = false) UUID ownerUnit,
            @RequestParam(required = false) LocalDate due, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, model, redirect, response,
                t -> incidents.close(t, id, version, cause, prevention, ownerUnit, due));
    }

    /** The incident report as a page to print: the same facts, obligations and timeline, without the forms. */
    @GetMapping("/{id}/print")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    String print(@PathVariable UUID id, Model model) {
        page(model, access.readable(id), 0);
        return "incident/print";
    }

    /** The incident report as a workbook ({@link IncidentReport}). */
    @GetMapping("/{id}/report.xlsx")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    ResponseEntity<StreamingResponseBody> report(@PathVariable UUID id) {
        var user = CurrentUser.require();
        var incident = access.readable(id);
        var timeline = history.history(user.tenantId(), Incidents.TYPE, id.toString(), 0).items();
        var unit = unitNames(user.tenantId()).getOrDefault(incident.unitId(), "");
        return TableExport.download(TableExport.ExportFormat.XLSX, messages.text("incident.report.fileName"),
                "incident-report", out -> IncidentReport.write(incident, unit, timeline, calendar.zone(user.tenantId()),
                        messages::japanese, out));
    }

    /** What the incident taught about the 緊急時対応計画 ({@link PlanReview}). */
    @PostMapping("/{id}/plan")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String planReview(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String partsUsed, @RequestParam(required = false) String changes,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response,
                t -> incidents.recordPlanReview(t, id, version, partsUsed, changes));
    }

    /** The CSIRT corrects the facts as the investigation learns them; the obligations are derived again. */
    @PostMapping("/{id}/facts")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String correct(@PathVariable UUID id, @RequestParam long version, IncidentFactsForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var today = calendar.today(CurrentUser.require().tenantId());
        return step(id, model, redirect, response, t -> incidents.correct(t, id, version, form.facts(today)));
    }

    private String step(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Consumer<UUID> change) {
        var user = CurrentUser.require();
        access.handleable(id);
        try {
            change.accept(user.tenantId());
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page(model, incidents.get(user.tenantId(), id), 0);
            model.addAttribute("problem", messages.text(refused.messageKey(), refused.arguments()));
            return "incident/detail";
        }
        messages.flash(redirect, "incident.flash.saved");
        return "redirect:/incidents/" + id;
    }

    private void page(Model model, Incident incident, int historyPage) {
        var user = CurrentUser.require();
        var today = calendar.today(user.tenantId());
        model.addAttribute("incident", incident);
        model.addAttribute("today", today);
        model.addAttribute("units", unitNames(user.tenantId()));
        model.addAttribute("unitList", organization.units(user.tenantId()));
        model.addAttribute("preventionDue", today.plusDays(30));
        model.addAttribute("canHandle", IncidentAccess.visible(user, Permission.INCIDENT_HANDLE, incident));
        model.addAttribute("severityLevels", incidents.settings(user.tenantId()).severityLevels());
        model.addAttribute("tasks", corrections.fromSource(user.tenantId(), "incident", incident.id().toString()));
        model.addAttribute("evidence", evidence.of(user.tenantId(), IncidentHandlingController.evidenceOwner(incident.id())));
        model.addAttribute("chain", Escalation.values());
        model.addAttribute("plan", incidents.planReview(user.tenantId(), incident.id()).orElseThrow());
        model.addAttribute("planDocument", policies.approvedRevisions(user.tenantId()).stream()
                .filter(r -> r.documentKind() == DocumentKind.EMERGENCY_RESPONSE_PLAN).findFirst().orElse(null));
        model.addAttribute("history", history.history(user.tenantId(), Incidents.TYPE, incident.id().toString(),
                historyPage));
    }

    private Map<UUID, String> unitNames(UUID tenantId) {
        return organization.units(tenantId).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
    }
}
