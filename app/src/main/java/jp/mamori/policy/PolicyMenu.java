package jp.mamori.policy;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;
import jp.mamori.web.MenuArea;
import jp.mamori.web.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy documents' place in the menu, and the revisions awaiting review on the dashboard of approvers. */
@Configuration(proxyBeanMethods = false)
class PolicyMenu {

    @Bean
    MenuEntry policyNavigation() {
        return new MenuEntry(MenuArea.POLICY, "nav.policies", "/policies", 200, null);
    }

    @Bean
    DashboardSource policyDashboard(Revisions revisions) {
        return user -> figures(user, revisions);
    }

    private static List<DashboardFigure> figures(CurrentUser user, Revisions revisions) {
        if (!Readership.editorial(user)) {
            return List.of();
        }
        long awaiting = revisions.allHeads(user.tenantId()).stream()
                .filter(r -> r.state() == jp.mamori.policy.RevisionState.IN_REVIEW).count();
        return List.of(new DashboardFigure("dashboard.revisionsInReview", Long.toString(awaiting), "/policies",
                awaiting > 0 && user.can(Permission.POLICY_APPROVE)));
    }
}
