package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes that happen by the calendar rather than by an edit: service that ended yesterday (a 会計年度任用職員
 * on March 31st) and appointments that ended yesterday or start today (人事異動 on April 1st). Announces them
 * each morning with {@link StaffDeactivated} and {@link AppointmentsChanged}, tenant by tenant. Writes no data,
 * hence no trail entry. Consumers should still check {@link StaffMember#activeOn} themselves: a day the
 * server was down is not announced again.
 *
 * <p>Each tenant's morning comes in its own zone ({@link TenantCalendar}), so the job runs every hour and announces
 * a tenant's day in the hour after its midnight.
 */
@Component
@Profile("!command")
class DailyChanges {

    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TenantCalendar calendar;

    DailyChanges(Tenants tenants, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
            TenantCalendar calendar) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${mamori.organization.daily-changes-cron:0 5 * * * *}", zone = "UTC")
    void announceToday() {
        var now = calendar.now();
        for (var tenant : tenants.all()) {
            var local = calendar.local(tenant.id(), now);
            if (local.getHour() == 0) {
                var today = local.toLocalDate();
                transactions.execute(status -> announce(tenant.id(), today, today.minusDays(1)));
            }
        }
    }

    /** Publishes every tenant's events for {@code today}; returns how many were published. */
    int announce(LocalDate today) {
        var yesterday = today.minusDays(1);
        int published = 0;
        for (var tenant : tenants.all()) {
            published += transactions.execute(status -> announce(tenant.id(), today, yesterday));
        }
        return published;
    }

    private int announce(UUID tenantId, LocalDate today, LocalDate yesterday) {
        var left = jdbc.sql("SELECT id FROM staff WHERE tenant_id = ? AND active_to = ?").params(tenantId, yesterday)
                .query(UUID.class).list();
        left.forEach(staffId -> events.publishEvent(new StaffDeactivated(tenantId, staffId)));
        var changed = jdbc.sql("SELECT DISTINCT staff_id FROM appointment WHERE tenant_id = ? AND (ends_on = ? OR starts_on = ?)")
                .params(tenantId, yesterday, today).query(UUID.class).list();
        changed.forEach(staffId -> events.publishEvent(new AppointmentsChanged(tenantId, staffId)));
        return left.size() + changed.size();
    }
}
