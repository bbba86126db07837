package jp.mamori.trail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.NavigationItem;
import jp.mamori.web.TenantZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trail's place in the menu and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class TrailMenu {

    @Bean
    NavigationItem trailNavigation() {
        return new NavigationItem("trail.nav", "/trail", 900, Permission.TRAIL_VIEW);
    }

    @Bean
    DashboardSource trailDashboard(TrailQueries queries, Clock clock, TenantZone zones) {
        return user -> figures(user, queries, clock, zones);
    }

    static List<DashboardFigure> figures(CurrentUser user, TrailQueries queries, Clock clock, TenantZone zones) {
        if (!user.can(Permission.TRAIL_VIEW)) {
            return List.of();
        }
        var zone = zones.zone(user.tenantId());
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var count = queries.countSince(user.tenantId(), today.atStartOfDay(zone).toInstant());
        return List.of(new DashboardFigure("trail.dashboard.today", Long.toString(count), "/trail?from=" + today, false));
    }
}
