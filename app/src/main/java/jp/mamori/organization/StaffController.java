package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.Refused;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.ResultPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff list (search, unit filter, pages), a staff member's page with their appointments, and the staff
 * form. A user who is not tenant-wide sees and edits only staff of the units within their reach; anyone
 * else looks like a missing record (404).
 */
@Controller
@RequestMapping("/organization/staff")
class StaffController {

    private final StaffRegister register;
    private final OrgUnits units;
    private final Appointments appointments;
    private final StaffManagement management;
    private final Flash flash;
    private final TenantCalendar calendar;

    StaffController(StaffRegister register, OrgUnits units, Appointments appointments, StaffManagement management,
            Flash flash, TenantCalendar calendar) {
        this.register = register;
        this.units = units;
        this.appointments = appointments;
        this.management = management;
        this.flash = flash;
        this.calendar = calendar;
    }

    @GetMapping
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var tree = units.tree(user.tenantId());
        var scope = user.tenantWide() ? null : user.unitScope();
        var filter = unit == null ? null : tree.descendantsOf(unit);
        var found = register.search(user.tenantId(), q, scope, filter, ResultPage.clampPage(page),
                ResultPage.clampSize(size));
        var today = calendar.today(CurrentUser.require().tenantId());
        model.addAttribute("page", new ResultPage<>(found.items().stream().map(s -> StaffRow.of(tree, s, today)).toList(),
                found.page(), found.size(), found.total()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unit", unit);
        model.addAttribute("units", tree.nodes().stream()
                .filter(node -> scope == null || scope.contains(node.unit().id()))
                .map(node -> UnitRow.of(tree, node.unit(), node.depth())).toList());
        model.addAttribute("scoped", scope != null);
        return "organization/staff-list";
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    String detail(@PathVariable UUID id, Model model) {
        var staff = reachable(id);
        return detailPage(model, staff, AppointmentForm.empty(calendar.today(CurrentUser.require().tenantId())));
    }

    String detailPage(Model model, Staff staff, AppointmentForm appointmentForm) {
        var user = CurrentUser.require();
        var tree = units.tree(user.tenantId());
        var today = calendar.today(CurrentUser.require().tenantId());
        model.addAttribute("staff", StaffRow.of(tree, staff, today));
        model.addAttribute("appointments", appointments.ofStaff(user.tenantId(), staff.id()).stream()
                .map(a -> AppointmentRow.of(tree, a, today)).toList());
        if (!model.containsAttribute("appointmentForm")) {
            model.addAttribute("appointmentForm", appointmentForm);
        }
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("roleUnits", tree.nodes().stream().filter(node -> node.unit().active())
                .map(node -> UnitRow.of(tree, node.unit(), node.depth())).toList());
        model.addAttribute("today", today);
        return "organization/staff-detail";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String newForm(Model model) {
        return form(model, StaffForm.empty(calendar.today(CurrentUser.require().tenantId())), null);
    }

    @PostMapping
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var draft = form.draft(errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        var user = CurrentUser.require();
        try {
            requireReach(user, form.unitId());
            var id = management.hire(user.tenantId(), draft);
            flash.add(redirect, "organization.staff.created");
            return "redirect:/organization/staff/" + id;
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String editForm(@PathVariable UUID id, Model model) {
        var staff = reachable(id);
        return form(model, StaffForm.of(staff), staff);
    }

    @PostMapping("/{id}")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var staff = reachable(id);
        var draft = form.draft(errors);
        if (errors.hasErrors() || form.version() == null) {
            return form(model, form, staff);
        }
        var user = CurrentUser.require();
        try {
            requireReach(user, form.unitId());
            management.update(user.tenantId(), id, form.version(), draft);
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(model, form, staff);
        }
        flash.add(redirect, "organization.staff.updated");
        return "redirect:/organization/staff/" + id;
    }

    @PostMapping("/{id}/leave")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String leave(@PathVariable UUID id, @RequestParam long version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, RedirectAttributes redirect) {
        reachable(id);
        management.leave(CurrentUser.require().tenantId(), id, version, lastDay);
        flash.add(redirect, "organization.staff.left");
        return "redirect:/organization/staff/" + id;
    }

    /** The staff member if they are in the user's tenant and reach; otherwise a 404. */
    Staff reachable(UUID id) {
        var user = CurrentUser.require();
        return register.find(user.tenantId(), id).filter(staff -> user.reaches(staff.unitId()))
                .orElseThrow(() -> new StaffNotFound(id));
    }

    private static void requireReach(CurrentUser user, UUID unitId) {
        if (!user.reaches(unitId)) {
            throw new OrganizationRefused("organization.appointment.refused.unitUnknown");
        }
    }

    private String form(Model model, StaffForm form, Staff staff) {
        var user = CurrentUser.require();
        var tree = units.tree(user.tenantId());
        model.addAttribute("form", form);
        model.addAttribute("staff", staff == null ? null : StaffRow.of(tree, staff, calendar.today(CurrentUser.require().tenantId())));
        model.addAttribute("units", tree.nodes().stream()
                .filter(node -> node.unit().active() && user.reaches(node.unit().id()))
                .map(node -> UnitRow.of(tree, node.unit(), node.depth())).toList());
        model.addAttribute("kinds", StaffKind.values());
        return "organization/staff-form";
    }
}
