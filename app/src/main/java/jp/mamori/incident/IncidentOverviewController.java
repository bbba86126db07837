package jp.mamori.incident;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.SignedIn;
import jp.mamori.kernel.FiscalYear;
import jp.mamori.kernel.Refused;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages about incidents in general rather than one: the 緊急連絡網 every member of staff may open (and print),
 * and the yearly statistics for readers whose view reaches the whole tenant (a 課's manager would otherwise learn
 * the counts of units outside their reach), and the tenant's severity scale and reporting deadlines for the CSIRT.
 */
@Controller
@RequestMapping("/incidents")
class IncidentOverviewController {

    private final EmergencyContacts contacts;
    private final IncidentStatistics statistics;
    private final TenantCalendar calendar;
    private final Incidents incidents;
    private final Messages messages;

    IncidentOverviewController(EmergencyContacts contacts, IncidentStatistics statistics, TenantCalendar calendar,
            Incidents incidents, Messages messages) {
        this.incidents = incidents;
        this.messages = messages;
        this.contacts = contacts;
        this.statistics = statistics;
        this.calendar = calendar;
    }

    @GetMapping("/contacts")
    @SignedIn
    String contacts(Model model) {
        var tenant = CurrentUser.require().tenantId();
        var today = calendar.today(tenant);
        model.addAttribute("today", today);
        model.addAttribute("contacts", contacts.on(tenant, today));
        return "incident/contacts";
    }

    @GetMapping("/statistics")
    @RequiresPermission(Permission.INCIDENT_VIEW)
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        var tenant = tenantWide(Permission.INCIDENT_VIEW);
        var current = calendar.currentFiscalYear(tenant);
        var chosen = year == null || year < 2000 || year > current.startYear()
                ? current : new FiscalYear(year, current.startMonth());
        model.addAttribute("stats", statistics.of(tenant, chosen));
        model.addAttribute("previous", chosen.previous().startYear());
        model.addAttribute("next", chosen.startYear() < current.startYear() ? chosen.next().startYear() : null);
        return "incident/statistics";
    }

    @GetMapping("/settings")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String settings(Model model) {
        model.addAttribute("settings", incidents.settings(tenantWide(Permission.INCIDENT_HANDLE)));
        return "incident/settings";
    }

    @PostMapping("/settings")
    @RequiresPermission(Permission.INCIDENT_HANDLE)
    String saveSettings(@RequestParam long version, @RequestParam(required = false) String scale,
            @RequestParam(required = false) Integer preliminaryDays, @RequestParam(required = false) Integer finalDays,
            @RequestParam(required = false) Integer finalDaysMalice, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var tenant = tenantWide(Permission.INCIDENT_HANDLE);
        try {
            incidents.saveSettings(tenant, version, scale, preliminaryDays, finalDays, finalDaysMalice);
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("settings", incidents.settings(tenant));
            model.addAttribute("problem", messages.text(refused.messageKey(), refused.arguments()));
            return "incident/settings";
        }
        messages.flash(redirect, "incident.flash.settingsSaved");
        return "redirect:/incidents/settings";
    }

    /** The tenant, when the permission reaches all of it: the settings and the figures concern every unit. */
    private static java.util.UUID tenantWide(Permission permission) {
        var user = CurrentUser.require();
        if (!user.reach(permission).tenantWide()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.tenantId();
    }
}
