package jp.mamori.inspection;

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

/** 自己点検 in the menu (one's own sheets; the campaigns for managers) and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class InspectionMenu {

    @Bean
    MenuEntry myInspectionsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "inspection.nav.mine", "/inspections", 270, null);
    }

    @Bean
    MenuEntry inspectionCampaignsNavigation() {
        return new MenuEntry(MenuArea.POLICY, "inspection.nav.campaigns", "/inspections/campaigns", 280,
                Permission.INSPECTION_MANAGE);
    }

    @Bean
    DashboardSource inspectionDashboard(CampaignEngine engine) {
        return user -> figures(user, engine);
    }

    private static List<DashboardFigure> figures(CurrentUser user, CampaignEngine engine) {
        var figures = new ArrayList<DashboardFigure>();
        if (user.staffId() != null) {
            var open = engine.openFor(user.tenantId(), user.staffId(), InspectionPurpose.NAME).stream()
                    .filter(r -> r.item().state().awaitsThePerson()).count();
            if (open > 0) {
                figures.add(new DashboardFigure("inspection.dashboard.mine", Long.toString(open), "/inspections", true));
            }
        }
        if (user.can(Permission.INSPECTION_MANAGE)) {
            var percent = engine.openTotals(user.tenantId(), InspectionPurpose.NAME).percent();
            figures.add(new DashboardFigure("inspection.dashboard.progress", percent + "%", "/inspections/campaigns",
                    percent < 100));
        }
        return figures;
    }
}
