package jp.mamori.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a module registers (as a Spring bean) to have date-driven reminders sent — due soon, overdue, expiring —
 * instead of writing a scheduled job of its own: asked once or more per business date and tenant, it answers with
 * the mails due that day. Each mail's {@link OutgoingMail#deduplicationKey()} must name the item and the occasion
 * (for example {@code inspection:<campaign>:<staff>:overdue}), never the run or the day of the run, so that asking
 * again — the next hour, after a restart, or on a second app node — queues nothing twice.
 * Implementations are called in a transaction, must be thread-safe and must not change data.
 */
public interface ReminderSource {

    /**
     * The reminders of one tenant due on its business date {@code today}: for example everyone whose item is due in
     * three days or was due yesterday and is not done. A source that was not asked on some day (the server was down)
     * should still answer for it the next day, by asking "due within" rather than "due exactly on".
     */
    List<OutgoingMail> remindersDue(UUID tenantId, LocalDate today);
}
