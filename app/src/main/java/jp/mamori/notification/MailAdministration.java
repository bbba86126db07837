package jp.mamori.notification;

import java.time.Clock;
import java.util.UUID;

import jp.mamori.trail.Trail;
import jp.mamori.kernel.EditConflict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's actions on the outbox ("retry now", "give up"), each with its trail entry. Thread-safe. */
@Service
class MailAdministration {

    private final OutboxRows rows;
    private final Trail trail;
    private final Clock clock;
    private final java.util.List<SealedLink> sealedLinks;

    MailAdministration(OutboxRows rows, Trail trail, Clock clock, java.util.List<SealedLink> sealedLinks) {
        this.rows = rows;
        this.trail = trail;
        this.clock = clock;
        this.sealedLinks = java.util.List.copyOf(sealedLinks);
    }

    @Transactional(readOnly = true)
    OutboxRows.Mail mail(UUID tenantId, UUID id) {
        return rows.find(tenantId, id).orElseThrow(() -> new MailNotFound(id));
    }

    /** A mail that is waiting, failed or given up becomes due now; one in flight or sent cannot be retried. */
    @Transactional
    void retryNow(UUID tenantId, UUID id, long version) {
        var mail = mail(tenantId, id);
        if (mail.state() == MailState.SENDING || mail.state() == MailState.SENT) {
            throw new MailRefused("notification.refused.retry", mail.state().name());
        }
        if (mail.version() != version || !rows.retryNow(tenantId, id, version, clock.instant())) {
            throw new EditConflict("outgoing mail " + id);
        }
        trail.record(tenantId, "notification.mail.retried", "OutgoingMail", id.toString(),
                "すぐに再送: " + mail.recipient() + " 宛てのメール（" + mail.state() + "、試行 " + mail.attempts() + " 回）");
    }

    /** A mail that is waiting or failed is given up: it will never be sent. */
    @Transactional
    void giveUp(UUID tenantId, UUID id, long version) {
        var mail = mail(tenantId, id);
        if (mail.state() != MailState.PENDING && mail.state() != MailState.FAILED) {
            throw new MailRefused("notification.refused.giveUp", mail.state().name());
        }
        if (mail.version() != version || !rows.giveUp(tenantId, id, version)) {
            throw new EditConflict("outgoing mail " + id);
        }
        // A failed attempt may have carried a link: it dies with the mail.
        sealedLinks.stream().filter(s -> mail.deduplicationKey().startsWith(s.keyPrefix()))
                .forEach(s -> s.withdrawn(tenantId, mail.deduplicationKey()));
        trail.record(tenantId, "notification.mail.cancelled", "OutgoingMail", id.toString(),
                "送信を中止: " + mail.recipient() + " 宛てのメール（" + mail.state() + "、試行 " + mail.attempts() + " 回）");
    }
}
