package jp.mamori.trail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trail's place in the menu and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class TrailMenu {

    @Bean
    MenuEntry trailNavigation() {
        return new MenuEntry(MenuArea.RECORDS, "trail.nav", "/trail", 900, Permission.TRAIL_VIEW);
    }

    @Bean
    DashboardSource trailDashboard(TrailQueries queries, Clock clock) {
        return user -> figures(user, queries, clock);
    }

    static List<DashboardFigure> figures(CurrentUser user, TrailQueries queries, Clock clock) {
        if (!user.can(Permission.TRAIL_VIEW)) {
            return List.of();
        }
        var today = LocalDate.now(clock.withZone(TrailFilter.JAPAN));
        var count = queries.countSince(user.tenantId(), today.atStartOfDay(TrailFilter.JAPAN).toInstant());
        return List.of(new DashboardFigure("trail.dashboard.today", Long.toString(count), "/trail?from=" + today, false));
    }
}
