package jp.mamori.risk;

import jp.mamori.access.Actor;
import jp.mamori.incident.IncidentClosed;
import jp.mamori.kernel.UnitId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a draft risk on the register from what other modules learn, so that a closed incident's cause is assessed
 * as a risk rather than forgotten (seed 8: the review weighs what happened). One draft per source; the unit's
 * 情報セキュリティ管理者 assesses it. Runs after the other module's transaction, as the system actor of that module.
 */
@Component
class RiskSources {

    private final RiskIntake intake;

    RiskSources(RiskIntake intake) {
        this.intake = intake;
    }

    @ApplicationModuleListener
    void on(IncidentClosed closed) {
        if (closed.unitId() == null) {
            return;
        }
        Actor.system("incident").runAs(() -> intake.draftFrom(closed.tenantId(), "incident",
                closed.incidentId().toString(), truncate("インシデントの再発: " + closed.title() + "（原因: "
                        + closed.cause() + "）", 200), UnitId.of(closed.unitId())));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
