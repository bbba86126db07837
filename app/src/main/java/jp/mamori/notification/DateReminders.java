package jp.mamori.notification;

import java.util.List;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one scheduler of date-driven reminders: every hour it asks each {@link ReminderSource} what is due on each
 * tenant's business date ({@link TenantCalendar}, on the injected clock) and queues the answers in the outbox, one
 * transaction per tenant and source with one trail entry when anything was queued. A tenant is asked only from
 * {@code mamori.notification.reminders-from-hour} (8 by default) of its local day, so that nobody gets a reminder at
 * midnight. Safe on several nodes and on repeated runs: the outbox ignores a key it already holds, so a second run
 * of the same day is a no-op. A source that fails is logged and skipped; the others still run.
 */
@Component
@Profile("!command")
class DateReminders {

    private static final Logger log = LoggerFactory.getLogger(DateReminders.class);

    private final List<ReminderSource> sources;
    private final Tenants tenants;
    private final TenantCalendar calendar;
    private final Outbox outbox;
    private final Trail trail;
    private final TransactionTemplate transactions;
    private final int fromHour;

    DateReminders(List<ReminderSource> sources, Tenants tenants, TenantCalendar calendar, Outbox outbox, Trail trail,
            TransactionTemplate transactions, @Value("${mamori.notification.reminders-from-hour:8}") int fromHour) {
        this.sources = List.copyOf(sources);
        this.tenants = tenants;
        this.calendar = calendar;
        this.outbox = outbox;
        this.trail = trail;
        this.transactions = transactions;
        this.fromHour = fromHour;
    }

    @Scheduled(cron = "${mamori.notification.reminders-cron:0 7 * * * *}")
    void hourly() {
        Actor.system("reminders").runAs(this::run);
    }

    /** Queues what is due now for every tenant whose local hour has come; returns how many mails were new. */
    int run() {
        int queued = 0;
        for (var tenant : tenants.all()) {
            if (calendar.local(tenant.id(), calendar.now()).getHour() < fromHour) {
                continue;
            }
            for (var source : sources) {
                try {
                    queued += transactions.execute(status -> queue(tenant.id(), source));
                } catch (RuntimeException e) {
                    log.warn("Reminder source {} failed for tenant {}", source.getClass().getSimpleName(), tenant.id(), e);
                }
            }
        }
        return queued;
    }

    private int queue(UUID tenantId, ReminderSource source) {
        var today = calendar.today(tenantId);
        int queued = 0;
        for (var mail : source.remindersDue(tenantId, today)) {
            if (!outbox.queued(tenantId, mail.deduplicationKey())) {
                outbox.enqueue(mail);
                queued++;
            }
        }
        if (queued > 0) {
            trail.record(tenantId, "notification.reminders.queued", "ReminderSource",
                    source.getClass().getSimpleName(), today + " の期日による督促 " + queued + " 件を送信待ちに追加");
        }
        return queued;
    }
}
