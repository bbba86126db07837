package jp.mamori.training;

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

/** 研修 in the menu (everyone's own courses; the campaigns for managers) and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class TrainingMenu {

    @Bean
    MenuEntry myTrainingNavigation() {
        return new MenuEntry(MenuArea.POLICY, "training.nav.mine", "/training", 270, null);
    }

    @Bean
    MenuEntry trainingCampaignsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "training.nav.campaigns", "/training/campaigns", 280,
                Permission.TRAINING_MANAGE);
    }

    @Bean
    DashboardSource trainingDashboard(CampaignEngine engine) {
        return user -> figures(user, engine);
    }

    private static List<DashboardFigure> figures(CurrentUser user, CampaignEngine engine) {
        var figures = new ArrayList<DashboardFigure>();
        if (user.staffId() != null) {
            var open = engine.openFor(user.tenantId(), user.staffId(), TrainingPurpose.NAME).stream()
                    .filter(r -> !r.item().finished()).count();
            figures.add(new DashboardFigure("training.dashboard.mine", Long.toString(open), "/training", open > 0));
        }
        if (user.can(Permission.TRAINING_MANAGE)) {
            var percent = engine.openTotals(user.tenantId(), TrainingPurpose.NAME).percent();
            figures.add(new DashboardFigure("training.dashboard.progress", percent + "%", "/training/campaigns",
                    percent < 100));
        }
        return figures;
    }
}
