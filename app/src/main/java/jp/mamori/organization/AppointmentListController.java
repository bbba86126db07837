package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.ResultPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of appointments holding on a day, by role, with search and pages (appointing is on staff pages). */
@Controller
class AppointmentListController {

    /** One appointment with its holder, for the list. */
    record Row(UUID staffId, String staffNumber, String staffName, SecurityRole role, String unitName,
            LocalDate startsOn, LocalDate endsOn) {
    }

    private final Appointments appointments;
    private final StaffRegister register;
    private final OrgUnits units;
    private final TenantCalendar calendar;

    AppointmentListController(Appointments appointments, StaffRegister register, OrgUnits units,
            TenantCalendar calendar) {
        this.appointments = appointments;
        this.register = register;
        this.units = units;
        this.calendar = calendar;
    }

    @GetMapping("/organization/appointments")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    String list(@RequestParam(required = false) SecurityRole role, @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var day = on == null ? calendar.today(user.tenantId()) : on;
        var tree = units.tree(user.tenantId());
        var staff = register.all(user.tenantId()).stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        var text = q == null ? "" : q.strip().toLowerCase();
        var rows = appointments.holdingOn(user.tenantId(), day).stream()
                .filter(a -> role == null || a.role() == role)
                .filter(a -> staff.containsKey(a.staffId()) && user.reaches(staff.get(a.staffId()).unitId()))
                .map(a -> {
                    var person = staff.get(a.staffId());
                    return new Row(person.id(), person.staffNumber(), person.name(), a.role(),
                            a.unitId() == null ? "" : tree.path(a.unitId()), a.startsOn(), a.endsOn());
                })
                .filter(r -> text.isEmpty() || r.staffName().toLowerCase().contains(text)
                        || r.staffNumber().toLowerCase().contains(text) || r.unitName().toLowerCase().contains(text))
                .sorted(Comparator.comparing(Row::role).thenComparing(Row::unitName).thenComparing(Row::staffNumber))
                .toList();
        int size = ResultPage.DEFAULT_SIZE * 2;
        int number = Math.min(ResultPage.clampPage(page), Math.max(0, (rows.size() - 1) / size));
        model.addAttribute("page", new ResultPage<>(
                rows.subList(Math.min(rows.size(), number * size), Math.min(rows.size(), (number + 1) * size)),
                number, size, rows.size()));
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("role", role);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("on", day);
        return "organization/appointments";
    }
}
