package jp.mamori.asset;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's place in the menu and its figures on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class AssetMenu {

    @Bean
    MenuEntry assetNavigation() {
        return new MenuEntry(MenuArea.ASSETS, "nav.assets", "/assets", 300, Permission.ASSET_VIEW);
    }

    @Bean
    DashboardSource assetDashboard(AssetRegister register, ConsistencyCheck check) {
        return user -> figures(user, register, check);
    }

    private static List<DashboardFigure> figures(CurrentUser user, AssetRegister register, ConsistencyCheck check) {
        if (!user.can(Permission.ASSET_VIEW)) {
            return List.of();
        }
        long total = register.page(user.tenantId(), RegisterQuery.all()).total();
        int findings = check.register(user.tenantId()).size();
        return List.of(new DashboardFigure("dashboard.assets", Long.toString(total), "/assets", false),
                new DashboardFigure("dashboard.assetFindings", Integer.toString(findings), "/assets/findings",
                        findings > 0));
    }
}
