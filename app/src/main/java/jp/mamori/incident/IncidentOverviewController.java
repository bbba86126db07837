package jp.mamori.incident;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.SignedIn;
import jp.mamori.kernel.FiscalYear;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages about incidents in general rather than one: the 緊急連絡網 every member of staff may open (and print),
 * and the yearly statistics for readers whose view reaches the whole tenant (a 課's manager would otherwise learn
 * the counts of units outside their reach).
 */
@Controller
@RequestMapping("/incidents")
class IncidentOverviewController {

    private final EmergencyContacts contacts;
    private final IncidentStatistics statistics;
    private final TenantCalendar calendar;

    IncidentOverviewController(EmergencyContacts contacts, IncidentStatistics statistics, TenantCalendar calendar) {
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
        var user = CurrentUser.require();
        if (!user.reach(Permission.INCIDENT_VIEW).tenantWide()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var current = calendar.currentFiscalYear(user.tenantId());
        var chosen = year == null || year < 2000 || year > current.startYear()
                ? current : new FiscalYear(year, current.startMonth());
        model.addAttribute("stats", statistics.of(user.tenantId(), chosen));
        model.addAttribute("previous", chosen.previous().startYear());
        model.addAttribute("next", chosen.startYear() < current.startYear() ? chosen.next().startYear() : null);
        return "incident/statistics";
    }
}
