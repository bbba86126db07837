package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Appointing a staff member to a security role and ending an appointment, from the staff member's page. */
@Controller
@RequestMapping("/organization/staff/{staffId}/appointments")
class AppointmentController {

    private final StaffController staffPages;
    private final AppointmentManagement management;
    private final Appointments appointments;
    private final Messages messages;

    AppointmentController(StaffController staffPages, AppointmentManagement management, Appointments appointments,
            Messages messages) {
        this.staffPages = staffPages;
        this.management = management;
        this.appointments = appointments;
        this.messages = messages;
    }

    @PostMapping
    @RequiresPermission(Permission.APPOINTMENT_EDIT)
    String appoint(@PathVariable UUID staffId, @Valid @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var staff = staffPages.reachable(staffId, Permission.APPOINTMENT_EDIT);
        if (errors.hasErrors()) {
            return staffPages.detailPage(model, staff, form);
        }
        try {
            var appointed = management.appoint(CurrentUser.require().tenantId(), form.draft(staffId));
            var message = new StringBuilder(messages.text("organization.appointments.appointed"));
            appointed.hints().forEach(hint -> message.append(' ')
                    .append(messages.text(hint.messageKey(), hint.arguments().toArray())));
            redirect.addFlashAttribute("flash", message.toString());
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return staffPages.detailPage(model, staff, form);
        }
        return "redirect:/organization/staff/" + staffId;
    }

    @PostMapping("/{appointmentId}/end")
    @RequiresPermission(Permission.APPOINTMENT_EDIT)
    String end(@PathVariable UUID staffId, @PathVariable UUID appointmentId, @RequestParam long version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            RedirectAttributes redirect) {
        staffPages.reachable(staffId, Permission.APPOINTMENT_EDIT);
        var tenantId = CurrentUser.require().tenantId();
        appointments.find(tenantId, appointmentId).filter(a -> a.staffId().equals(staffId))
                .orElseThrow(() -> new AppointmentNotFound(appointmentId));
        management.end(tenantId, appointmentId, version, lastDay);
        messages.flash(redirect, "organization.appointments.ended");
        return "redirect:/organization/staff/" + staffId;
    }
}
