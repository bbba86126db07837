package jp.mamori.risk;

import jp.mamori.access.Actor;
import jp.mamori.tenant.Tenants;

import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, returns the risks whose acceptance ended to review, in each tenant (idempotent: a risk already in
 * review is not touched again). The reminder itself is {@link RiskReminders}'s.
 */
@Component
@Profile("!command")
class AcceptanceExpiry {

    private final Tenants tenants;
    private final RiskManagement management;

    AcceptanceExpiry(Tenants tenants, RiskManagement management) {
        this.tenants = tenants;
        this.management = management;
    }

    @Scheduled(cron = "${mamori.risk.expiry-cron:0 3 * * * *}")
    void hourly() {
        Actor.system("risk-expiry").runAs(() -> {
            for (var tenant : tenants.all()) {
                management.expireAcceptances(tenant.id());
            }
        });
    }
}
