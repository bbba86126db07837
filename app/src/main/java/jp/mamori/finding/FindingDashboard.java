package jp.mamori.finding;

import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.web.DashboardFigure;
import jp.mamori.web.DashboardSource;

import org.springframework.stereotype.Component;

/** 「要確認事項（自動検出）」 on the home dashboard: the open findings of the sources the user may see. */
@Component
class FindingDashboard implements DashboardSource {

    private final OpenFindings findings;

    FindingDashboard(OpenFindings findings) {
        this.findings = findings;
    }

    @Override
    public List<DashboardFigure> figures(CurrentUser user) {
        var counts = findings.counts(user.tenantId(), user.permissions());
        if (counts.isEmpty()) {
            return List.of();
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        boolean urgent = counts.getOrDefault(Severity.HIGH, 0) > 0;
        return List.of(new DashboardFigure("finding.dashboard.open", Integer.toString(total), null, urgent));
    }
}
