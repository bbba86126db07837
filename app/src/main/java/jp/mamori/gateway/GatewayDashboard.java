package jp.mamori.gateway;

import java.util.List;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import org.springframework.stereotype.Component;

/** 「本日のインターネットメール」 on the home dashboard: today's mails through the gateway, sanitised and blocked. */
@Component
class GatewayDashboard implements DashboardSource {
    private final GatewayReports reports;
    private final TenantCalendar calendar;

    GatewayDashboard(GatewayReports reports, TenantCalendar calendar) {
        this.reports = reports;
        this.calendar = calendar;
    }

    @Override
    public List<DashboardFigure> figures(CurrentUser user) {
        if (!user.can(Permission.GATEWAY_VIEW)) {
            return List.of();
        }
        var counts = reports.counts(user.tenantId(), calendar.today(user.tenantId()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long blocked = counts.get(GatewayReports.Verdict.BLOCKED);
        long sanitised = counts.get(GatewayReports.Verdict.SANITISED);
        return List.of(
                new DashboardFigure("gateway.dashboard.today", Long.toString(total), null, false),
                new DashboardFigure("gateway.dashboard.sanitised", Long.toString(sanitised), null, false),
                new DashboardFigure("gateway.dashboard.blocked", Long.toString(blocked), null, blocked > 0));
    }
}
