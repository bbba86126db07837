package jp.mamori.supplier;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.finding.OpenFindings;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registers' place in the menu and the count of their findings on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class SupplierMenu {

    @Bean
    MenuEntry supplierNavigation() {
        return new MenuEntry(MenuArea.ASSETS, "nav.suppliers", "/suppliers", 400, Permission.SUPPLIER_VIEW);
    }

    @Bean
    DashboardSource supplierDashboard(OpenFindings open) {
        return user -> figures(user, open);
    }

    /** The findings as last published (after each change and daily), not checked again for every home page. */
    private static List<DashboardFigure> figures(CurrentUser user, OpenFindings open) {
        if (!user.can(Permission.SUPPLIER_VIEW)) {
            return List.of();
        }
        int findings = open.of(user.tenantId(), SupplierFindings.SOURCE).size();
        return List.of(new DashboardFigure("dashboard.supplierFindings", Integer.toString(findings),
                "/suppliers/contracts?only=findings", findings > 0));
    }
}
