package jp.mamori.correction;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The register's entry in 対策と点検, and the overdue actions on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class CorrectionMenu {

    @Bean
    MenuEntry correctionNavigation() {
        return new MenuEntry(MenuArea.MEASURES, "correction.nav", "/corrections", 480, Permission.CORRECTION_VIEW);
    }

    /** Open actions and, as a warning, the overdue ones, within the reader's reach. */
    @Component
    static class Figures implements DashboardSource {
        private final CorrectiveActionRows rows;
        private final jp.mamori.tenant.TenantCalendar calendar;

        Figures(CorrectiveActionRows rows, jp.mamori.tenant.TenantCalendar calendar) {
            this.rows = rows;
            this.calendar = calendar;
        }

        @Override
        public List<DashboardFigure> figures(CurrentUser user) {
            if (!user.can(Permission.CORRECTION_VIEW)) {
                return List.of();
            }
            var units = user.reach(Permission.CORRECTION_VIEW).unitFilter();
            var today = calendar.today(user.tenantId());
            long open = rows.page(user.tenantId(), CorrectiveActionQuery.of("", "OPEN", "", false, 0, 1), units, today)
                    .total() + rows.page(user.tenantId(), CorrectiveActionQuery.of("", "IN_PROGRESS", "", false, 0, 1),
                    units, today).total();
            long overdue = rows.page(user.tenantId(), CorrectiveActionQuery.of("", null, "", true, 0, 1), units, today)
                    .total();
            return List.of(new DashboardFigure("correction.figure.open", Long.toString(open), "/corrections", false),
                    new DashboardFigure("correction.figure.overdue", Long.toString(overdue),
                            "/corrections?overdue=true", overdue > 0));
        }
    }
}
