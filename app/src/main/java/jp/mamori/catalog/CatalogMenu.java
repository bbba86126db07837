package jp.mamori.catalog;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's place in the menu and its figures on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class CatalogMenu {

    @Bean
    MenuEntry catalogNavigation() {
        return new MenuEntry(MenuArea.MEASURES, "nav.catalog", "/catalog", 400, Permission.CATALOG_VIEW);
    }

    @Bean
    DashboardSource catalogDashboard(StatementOfApplicability statement) {
        return user -> figures(user, statement);
    }

    /** The implemented share of the applicable measures, and how many applicable measures are not started. */
    private static List<DashboardFigure> figures(CurrentUser user, StatementOfApplicability statement) {
        if (!user.can(Permission.CATALOG_VIEW)) {
            return List.of();
        }
        var total = statement.coverage(user.tenantId()).total();
        return List.of(
                new DashboardFigure("dashboard.catalogImplemented", total.implementedPercent() + "% ("
                        + total.implemented() + "/" + total.applicable() + ")", "/catalog/coverage", false),
                new DashboardFigure("dashboard.catalogNotStarted", Integer.toString(total.notStarted()),
                        "/catalog?status=NOT_STARTED", total.notStarted() > 0));
    }
}
