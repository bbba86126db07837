package jp.mamori.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.finding.Severity;
import jp.mamori.kernel.Refused;
import jp.mamori.organization.Organization;
import jp.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 監査: the engagements, one engagement with its auditors, findings and their corrective actions (completed by the
 * audited unit, verified by the auditor), and the printable report. A refusal comes back on the page, naming the rule.
 */
@Controller
@RequestMapping("/audits")
class AuditController {

    private final Audits audits;
    private final Organization organization;
    private final CorrectiveActions corrections;
    private final Messages messages;

    AuditController(Audits audits, Organization organization, CorrectiveActions corrections, Messages messages) {
        this.audits = audits;
        this.organization = organization;
        this.corrections = corrections;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission({Permission.AUDIT_MANAGE, Permission.AUDIT_VIEW})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("result", audits.page(user.tenantId(), q, page == null ? 0 : Math.max(0, page), 50));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("canManage", user.can(Permission.AUDIT_MANAGE));
        model.addAttribute("units", audits.units(user.tenantId()).values().stream().filter(u -> u.active())
                .sorted(java.util.Comparator.comparing(u -> u.code())).toList());
        var today = audits.today(user.tenantId());
        model.addAttribute("from", jp.mamori.kernel.FiscalYear.containing(today, 4).firstDay());
        model.addAttribute("to", today);
        return "audit/list";
    }

    @PostMapping
    @RequiresPermission(Permission.AUDIT_MANAGE)
    String plan(@RequestParam String title, @RequestParam(required = false) List<UUID> units,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "") String criteria, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var id = audits.plan(CurrentUser.require().tenantId(), title, from, to, criteria,
                    units == null ? Set.of() : Set.copyOf(units));
            messages.flash(redirect, "audit.flash.planned");
            return "redirect:/audits/" + id;
        } catch (AuditRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, e);
            return list(null, null, model);
        }
    }

    @GetMapping("/{id}")
    @RequiresPermission({Permission.AUDIT_MANAGE, Permission.AUDIT_VIEW})
    String show(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var e = audits.engagement(user.tenantId(), id);
        var units = audits.units(user.tenantId());
        model.addAttribute("engagement", e);
        model.addAttribute("units", units);
        model.addAttribute("scopeNames", e.scope().stream().map(u -> units.get(u).name()).sorted().toList());
        model.addAttribute("auditors", e.auditors().stream().map(s -> organization.staffMember(user.tenantId(), s))
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("findings", audits.findings(user.tenantId(), id));
        model.addAttribute("canManage", user.can(Permission.AUDIT_MANAGE));
        model.addAttribute("staff", organization.staffActiveOn(user.tenantId(), audits.today(user.tenantId())).stream()
                .sorted(java.util.Comparator.comparing(s -> s.staffNumber())).toList());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("scopeUnits", units.values().stream()
                .filter(u -> e.scope().stream().anyMatch(s -> organization.unitWithDescendants(user.tenantId(), s)
                        .contains(u.id())))
                .sorted(java.util.Comparator.comparing(u -> u.code())).toList());
        model.addAttribute("due", audits.today(user.tenantId()).plusMonths(2));
        model.addAttribute("user", user);
        return "audit/engagement";
    }

    @GetMapping("/{id}/report")
    @RequiresPermission({Permission.AUDIT_MANAGE, Permission.AUDIT_VIEW})
    String report(@PathVariable UUID id, Model model) {
        show(id, model);
        return "audit/report";
    }

    @PostMapping("/{id}/report")
    @RequiresPermission(Permission.AUDIT_MANAGE)
    String issueReport(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        audits.report(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "audit.flash.reported");
        return "redirect:/audits/" + id + "/report";
    }

    @PostMapping("/{id}/auditors")
    @RequiresPermission(Permission.AUDIT_MANAGE)
    String assign(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID staffId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            audits.assignAuditor(CurrentUser.require().tenantId(), id, version, staffId);
        } catch (AuditRefused e) {
            return refused(id, e, model, response);
        }
        messages.flash(redirect, "audit.flash.auditorAssigned");
        return "redirect:/audits/" + id;
    }

    @PostMapping("/{id}/findings")
    @RequiresPermission(Permission.AUDIT_MANAGE)
    String finding(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "") String criterion,
            @RequestParam(defaultValue = "") String condition, @RequestParam(defaultValue = "") String recommendation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            audits.recordFinding(CurrentUser.require().tenantId(), id, version, unitId, severity, criterion, condition,
                    recommendation, due);
        } catch (Refused e) {
            return refused(id, e, model, response);
        }
        messages.flash(redirect, "audit.flash.findingRecorded");
        return "redirect:/audits/" + id;
    }

    /** The audited unit records what it did (its corrective-action permission in that unit). */
    @PostMapping("/{id}/actions/{actionId}/complete")
    @RequiresPermission(Permission.CORRECTION_EDIT)
    String complete(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        var action = actionOf(user, id, actionId);
        if (!user.can(Permission.CORRECTION_EDIT, action.ownerUnitId())) {
            return refused(id, new AuditRefused("audit.refused.notTheUnit"), model, response);
        }
        try {
            corrections.complete(user.tenantId(), actionId, version, note);
        } catch (Refused e) {
            return refused(id, e, model, response);
        }
        messages.flash(redirect, "audit.flash.actionCompleted");
        return "redirect:/audits/" + id;
    }

    /** The auditor verifies the corrective action; an effective one closes the finding. */
    @PostMapping("/{id}/actions/{actionId}/verify")
    @RequiresPermission(Permission.AUDIT_MANAGE)
    String verify(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestParam(defaultValue = "true") boolean effective, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var user = CurrentUser.require();
        actionOf(user, id, actionId);
        try {
            corrections.verify(user.tenantId(), actionId, version, effective, reason);
        } catch (Refused e) {
            return refused(id, e, model, response);
        }
        messages.flash(redirect, effective ? "audit.flash.actionVerified" : "audit.flash.actionReopened");
        return "redirect:/audits/" + id;
    }

    private jp.mamori.correction.CorrectiveAction actionOf(CurrentUser user, UUID id, UUID actionId) {
        return audits.findings(user.tenantId(), id).stream().map(Audits.FindingView::action)
                .filter(a -> a != null && a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new EngagementNotFound(id));
    }

    private String refused(UUID id, Refused e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        messages.refusal(model, e);
        return show(id, model);
    }
}
