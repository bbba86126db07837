package jp.mamori.correction;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.Refused;
import jp.mamori.organization.Organization;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.TrailHistory;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;
import jp.mamori.web.TenantZone;

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
 * The register of corrective actions (改善措置): a list with search, filters, pages and exports, and each action's
 * page with its notes, its history from the trail and the next step its state allows. Reading needs
 * CORRECTION_VIEW, a step CORRECTION_EDIT, each within the reach of that permission over the owning unit; an action
 * outside the reader's reach is not found.
 */
@Controller
@RequestMapping("/corrections")
class CorrectionController {

    private final CorrectiveActions actions;
    private final CorrectiveActionRows rows;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final TrailHistory history;
    private final Messages messages;
    private final TenantZone zones;

    CorrectionController(CorrectiveActions actions, CorrectiveActionRows rows, Organization organization,
            TenantCalendar calendar, TrailHistory history, Messages messages, TenantZone zones) {
        this.actions = actions;
        this.rows = rows;
        this.organization = organization;
        this.calendar = calendar;
        this.history = history;
        this.messages = messages;
        this.zones = zones;
    }

    @GetMapping
    @RequiresPermission(Permission.CORRECTION_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) String module, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var query = CorrectiveActionQuery.of(q, state, module, overdue, page, size);
        var today = calendar.today(user.tenantId());
        model.addAttribute("query", query);
        model.addAttribute("result", rows.page(user.tenantId(), query,
                user.reach(Permission.CORRECTION_VIEW).unitFilter(), today));
        model.addAttribute("today", today);
        model.addAttribute("states", CorrectiveActionState.values());
        model.addAttribute("modules", rows.modules(user.tenantId()));
        model.addAttribute("units", unitNames(user.tenantId()));
        return "correction/list";
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.CORRECTION_VIEW)
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        var action = readable(id);
        page(model, action, page == null ? 0 : Math.max(0, page));
        return "correction/detail";
    }

    @PostMapping("/{id}/progress")
    @RequiresPermission(Permission.CORRECTION_EDIT)
    String progress(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response, "correction.flash.progressed",
                tenant -> actions.recordProgress(tenant, id, version, required(note)));
    }

    @PostMapping("/{id}/complete")
    @RequiresPermission(Permission.CORRECTION_EDIT)
    String complete(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response, "correction.flash.completed",
                tenant -> actions.complete(tenant, id, version, required(note)));
    }

    /** Verification is final when effective: the form asks for an explicit confirmation first. */
    @PostMapping("/{id}/verify")
    @RequiresPermission(Permission.CORRECTION_EDIT)
    String verify(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean effective,
            @RequestParam(required = false) String note, @RequestParam(required = false) Boolean confirmed,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, response,
                effective ? "correction.flash.verified" : "correction.flash.reopened", tenant -> {
                    if (effective && !Boolean.TRUE.equals(confirmed)) {
                        throw new CorrectionRefused("correction.refused.confirm");
                    }
                    actions.verify(tenant, id, version, effective, required(note));
                });
    }

    @GetMapping("/export.{format}")
    @RequiresPermission(Permission.CORRECTION_VIEW)
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, @RequestParam(required = false) String module,
            @RequestParam(required = false) Boolean overdue) {
        var exportFormat = TableExport.ExportFormat.parse(format);
        var user = CurrentUser.require();
        var query = CorrectiveActionQuery.of(q, state, module, overdue, 0, null).allRows();
        var found = rows.page(user.tenantId(), query, user.reach(Permission.CORRECTION_VIEW).unitFilter(),
                calendar.today(user.tenantId())).items();
        var units = unitNames(user.tenantId());
        var headers = List.of("title", "state", "dueDate", "unit", "module", "source", "completedAt", "verifiedAt")
                .stream().map(column -> messages.text("correction.field." + column)).toList();
        var table = TableExport.<CorrectiveAction>of(messages.text("correction.title"), headers, a -> java.util.Arrays
                .asList(a.title(), messages.text("correction.state." + a.state().name()), a.dueDate(),
                        units.getOrDefault(a.ownerUnitId(), ""), a.source().module(), a.source().label(),
                        a.completedAt(), a.verifiedAt()))
                .timesIn(zones.zone(user.tenantId()), headers.get(6), headers.get(7));
        return TableExport.download(exportFormat, messages.text("correction.export.name"), "corrective-actions",
                out -> table.write(exportFormat, found.stream(), out));
    }

    /** The action if it exists in the tenant and its unit is within the reader's reach; else not found. */
    private CorrectiveAction readable(UUID id) {
        var user = CurrentUser.require();
        var action = actions.get(user.tenantId(), id);
        if (!user.can(Permission.CORRECTION_VIEW, action.ownerUnitId())) {
            throw new CorrectiveActionNotFound(id);
        }
        return action;
    }

    private String step(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response,
            String done, java.util.function.Consumer<UUID> change) {
        var user = CurrentUser.require();
        var action = readable(id);
        if (!user.can(Permission.CORRECTION_EDIT, action.ownerUnitId())) {
            throw new CorrectiveActionNotFound(id);
        }
        try {
            change.accept(user.tenantId());
        } catch (Refused refused) {
            // The refusal comes back on the action's page, next to the forms, with the reason.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page(model, actions.get(user.tenantId(), id), 0);
            model.addAttribute("problem", messages.text(refused.messageKey(), refused.arguments()));
            return "correction/detail";
        }
        messages.flash(redirect, done);
        return "redirect:/corrections/" + id;
    }

    private void page(Model model, CorrectiveAction action, int historyPage) {
        var user = CurrentUser.require();
        model.addAttribute("action", action);
        model.addAttribute("unitName", unitNames(user.tenantId()).getOrDefault(action.ownerUnitId(), ""));
        model.addAttribute("overdue", action.overdueOn(calendar.today(user.tenantId())));
        model.addAttribute("canEdit", user.can(Permission.CORRECTION_EDIT, action.ownerUnitId()));
        model.addAttribute("history", history.history(user.tenantId(), "CorrectiveAction", action.id().toString(),
                historyPage));
    }

    private Map<UUID, String> unitNames(UUID tenantId) {
        return organization.units(tenantId).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
    }

    private static String required(String note) {
        if (note == null || note.isBlank()) {
            throw new CorrectionRefused("correction.refused.noteRequired");
        }
        if (note.length() > 4000) {
            throw new CorrectionRefused("correction.refused.noteTooLong", note.length());
        }
        return note.strip();
    }
}
