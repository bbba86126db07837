package jp.mamori.network;

import java.util.List;

import jp.mamori.access.Permission;
import jp.mamori.finding.Severity;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The separation's place in the menu and its figure on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class NetworkMenu {

    @Bean
    MenuEntry networkNavigation() {
        return new MenuEntry(MenuArea.ASSETS, "nav.network", "/network", 310, Permission.NETWORK_VIEW);
    }

    @Bean
    DashboardSource networkDashboard(NetworkFindings findings) {
        return user -> {
            if (!user.can(Permission.NETWORK_VIEW)) {
                return List.of();
            }
            var current = findings.current(user.tenantId());
            boolean urgent = current.stream().anyMatch(f -> f.severity() == Severity.HIGH);
            return List.of(new DashboardFigure("network.dashboard.findings", Integer.toString(current.size()),
                    "/network", urgent));
        };
    }
}
