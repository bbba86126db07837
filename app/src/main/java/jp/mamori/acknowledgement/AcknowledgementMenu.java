package jp.mamori.acknowledgement;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 読了確認 in the menu (everyone's own list; the campaigns for managers) and on the dashboard (one's open requests;
 * the progress of open campaigns for managers).
 */
@Configuration(proxyBeanMethods = false)
class AcknowledgementMenu {

    @Bean
    MenuEntry myAcknowledgementsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "acknowledgement.nav.mine", "/acknowledgements", 250, null);
    }

    @Bean
    MenuEntry campaignsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "acknowledgement.nav.campaigns", "/acknowledgements/campaigns", 260,
                Permission.ACKNOWLEDGEMENT_MANAGE);
    }

    @Bean
    DashboardSource acknowledgementDashboard(Requests requests) {
        return user -> figures(user, requests);
    }

    private static List<DashboardFigure> figures(CurrentUser user, Requests requests) {
        var figures = new ArrayList<DashboardFigure>();
        if (user.staffId() != null) {
            var open = requests.openFor(user.tenantId(), user.staffId()).stream()
                    .filter(r -> r.confirmedAt() == null).count();
            figures.add(new DashboardFigure("acknowledgement.dashboard.mine", Long.toString(open), "/acknowledgements",
                    open > 0));
        }
        if (user.can(Permission.ACKNOWLEDGEMENT_MANAGE)) {
            var totals = requests.openTotals(user.tenantId());
            var percent = totals[0] == 0 ? 100 : (int) (totals[1] * 100 / totals[0]);
            figures.add(new DashboardFigure("acknowledgement.dashboard.progress", percent + "%",
                    "/acknowledgements/campaigns", percent < 100));
        }
        return figures;
    }
}
