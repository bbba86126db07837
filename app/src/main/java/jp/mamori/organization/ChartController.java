package jp.mamori.organization;

import java.time.LocalDate;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.Wareki;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security organisation chart (体制図) as of any day: the page with warnings and the SVG drawing. */
@Controller
@RequestMapping("/organization")
class ChartController {

    private final OrganizationCharts charts;
    private final Flash messages;
    private final Wareki wareki;
    private final TenantCalendar calendar;

    ChartController(OrganizationCharts charts, Flash messages, Wareki wareki, TenantCalendar calendar) {
        this.charts = charts;
        this.messages = messages;
        this.wareki = wareki;
        this.calendar = calendar;
    }

    @GetMapping("/chart")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    String chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        var day = on == null ? calendar.today(CurrentUser.require().tenantId()) : on;
        model.addAttribute("chart", charts.chart(CurrentUser.require().tenantId(), day));
        model.addAttribute("on", day);
        return "organization/chart";
    }

    @GetMapping(value = "/chart.svg", produces = "image/svg+xml")
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    ResponseEntity<String> svg(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        var day = on == null ? calendar.today(CurrentUser.require().tenantId()) : on;
        var chart = charts.chart(CurrentUser.require().tenantId(), day);
        var svg = ChartSvg.render(chart, wareki.both(day), (key, args) -> messages.message(key, args));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'")
                .body(svg);
    }
}
