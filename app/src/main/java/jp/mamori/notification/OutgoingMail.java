package jp.mamori.notification;

import java.util.Objects;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A plain-text mail to one recipient, as a use case asks the {@link Outbox} to send it. Validates itself: the
 * address must be a bare address of strict RFC 822 syntax, and no header value may contain CR, LF or NUL (which
 * would let a value inject headers). Immutable.
 *
 * @param tenantId the tenant the mail belongs to; only its administrators see it
 * @param recipient the address, for example {@code yamada@town.kumenan.example}
 * @param subject the subject, Japanese allowed (sent RFC 2047-encoded as UTF-8)
 * @param body the plain-text body (UTF-8)
 * @param deduplicationKey the same key is never queued twice within a tenant, for example
 *     {@code acknowledgement:<campaign>:<staff>:reminder-2}
 * @param causedBy what caused it, for people reading the outbox, for example 「読了確認の督促」
 */
public record OutgoingMail(UUID tenantId, String recipient, String subject, String body, String deduplicationKey,
        String causedBy) {

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 100_000;
    static final int MAX_KEY = 300;

    public OutgoingMail {
        Objects.requireNonNull(tenantId, "tenantId");
        recipient = headerValue(recipient, "notification.refused.recipientMissing").strip();
        subject = headerValue(subject, "notification.refused.subjectMissing").strip();
        deduplicationKey = headerValue(deduplicationKey, "notification.refused.keyMissing");
        causedBy = headerValue(causedBy, "notification.refused.causeMissing");
        if (body == null) {
            throw new MailRefused("notification.refused.bodyMissing");
        }
        if (body.indexOf('\0') >= 0) {
            throw new MailRefused("notification.refused.control");
        }
        if (subject.length() > MAX_SUBJECT || body.length() > MAX_BODY || deduplicationKey.length() > MAX_KEY
                || causedBy.length() > MAX_KEY) {
            throw new MailRefused("notification.refused.tooLong", MAX_SUBJECT, MAX_BODY, subject.length(),
                    body.length());
        }
        checkAddress(recipient);
    }

    private static String headerValue(String value, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new MailRefused(missingKey);
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new MailRefused("notification.refused.control");
        }
        return value;
    }

    /** A single bare address ({@code local@domain}), strictly parsed; no display name, no group, no list. */
    private static void checkAddress(String recipient) {
        try {
            var parsed = InternetAddress.parse(recipient, true);
            if (parsed.length != 1 || parsed[0].getPersonal() != null || parsed[0].isGroup()
                    || !recipient.equals(parsed[0].getAddress()) || !recipient.contains("@")) {
                throw new MailRefused("notification.refused.address", recipient);
            }
            parsed[0].validate();
        } catch (AddressException e) {
            throw new MailRefused("notification.refused.address", recipient);
        }
    }
}
