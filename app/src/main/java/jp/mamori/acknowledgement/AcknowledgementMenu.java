package jp.mamori.acknowledgement;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.campaign.CampaignEngine;
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
    DashboardSource acknowledgementDashboard(CampaignEngine engine) {
        return user -> figures(user, engine);
    }

    private static List<DashboardFigure> figures(CurrentUser user, CampaignEngine engine) {
        var figures = new ArrayList<DashboardFigure>();
        if (user.staffId() != null) {
            var open = engine.openFor(user.tenantId(), user.staffId(), AcknowledgementPurpose.NAME).stream()
                    .filter(r -> !r.item().finished()).count();
            figures.add(new DashboardFigure("acknowledgement.dashboard.mine", Long.toString(open), "/acknowledgements",
                    open > 0));
        }
        if (user.can(Permission.ACKNOWLEDGEMENT_MANAGE)) {
            var percent = engine.openTotals(user.tenantId(), AcknowledgementPurpose.NAME).percent();
            figures.add(new DashboardFigure("acknowledgement.dashboard.progress", percent + "%",
                    "/acknowledgements/campaigns", percent < 100));
        }
        return figures;
    }
}
