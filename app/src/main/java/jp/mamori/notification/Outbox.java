package jp.mamori.notification;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.util.UUID;

import jp.mamori.access.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API: queues a mail in the caller's transaction. Nothing is sent before that transaction commits, and
 * nothing at all when it rolls back; delivery is at least once, with a Message-ID stable across resends. The
 * caller's own trail entry covers the queuing (a mail is part of the use case that causes it). Thread-safe.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues the mail unless one with the same de-duplication key is already queued (in any state) for the tenant.
     *
     * @return the id of the queued mail: the new one, or the one queued before under the same key
     * @throws org.springframework.transaction.IllegalTransactionStateException when no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        var existing = existing(mail);
        if (existing != null) {
            return existing;
        }
        // Whole microseconds: the databases keep no more and would round up, leaving a mail queued "now" not yet due.
        var now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        var actor = Actor.current();
        // ON CONFLICT DO NOTHING: a concurrent enqueue of the same key must not abort the caller's transaction
        // (on PostgreSQL a failed statement would).
        jdbc.sql("""
                INSERT INTO outgoing_mail (id, tenant_id, dedup_key, recipient, subject, body, caused_by, requested_by,
                    state, attempts, next_attempt_at, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0)
                ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), mail.tenantId(), mail.deduplicationKey(), mail.recipient(), mail.subject(),
                        mail.body(), mail.causedBy(), requester(actor), now, now)
                .update();
        return existing(mail);
    }

    /** Whether a mail with this key has been queued for the tenant (in any state). */
    @Transactional(readOnly = true)
    public boolean queued(UUID tenantId, String deduplicationKey) {
        return jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = ? AND dedup_key = ?")
                .params(tenantId, deduplicationKey).query(Long.class).single() > 0;
    }

    /**
     * The delivery state of the mail queued under this key, if any: an invitation page shows whether its mail went.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<MailState> state(UUID tenantId, String deduplicationKey) {
        return jdbc.sql("SELECT state FROM outgoing_mail WHERE tenant_id = ? AND dedup_key = ?")
                .params(tenantId, deduplicationKey).query(String.class).optional().map(MailState::valueOf);
    }

    /**
     * Gives up the mail under this key unless it is being sent or was sent: true when it will now never go out
     * (also when it had been given up already). Joins the caller's transaction; the caller records the trail entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(UUID tenantId, String deduplicationKey) {
        jdbc.sql("""
                UPDATE outgoing_mail SET state = 'CANCELLED', version = version + 1
                WHERE tenant_id = ? AND dedup_key = ? AND state IN ('PENDING', 'FAILED')""")
                .params(tenantId, deduplicationKey).update();
        return state(tenantId, deduplicationKey).map(s -> s == MailState.CANCELLED).orElse(true);
    }

    private UUID existing(OutgoingMail mail) {
        return jdbc.sql("SELECT id FROM outgoing_mail WHERE tenant_id = ? AND dedup_key = ?")
                .params(mail.tenantId(), mail.deduplicationKey()).query(UUID.class).optional().orElse(null);
    }

    private static String requester(Actor actor) {
        var text = actor.name() + " (" + actor.kind() + ":" + actor.id() + ")";
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
