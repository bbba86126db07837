package jp.mamori.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in half done: the password was right, the second factor (or its enrolment) is still due. Kept in
 * the session, never in the security context, so a password alone reaches nothing but the second-factor
 * pages. Mutable only through its methods; one per session.
 */
final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final int MAX_FAILURES = 5;
    static final java.time.Duration LIFETIME = java.time.Duration.ofMinutes(10);

    private final UUID accountId;
    private final boolean enrolment;
    private final Instant startedAt;
    private int failures;
    private byte[] sealedNewSecret;

    PendingSignIn(UUID accountId, boolean enrolment, Instant startedAt) {
        this.accountId = accountId;
        this.enrolment = enrolment;
        this.startedAt = startedAt;
    }

    UUID accountId() {
        return accountId;
    }

    /** True when the account must enrol TOTP before anything else. */
    boolean enrolment() {
        return enrolment;
    }

    boolean expiredAt(Instant now) {
        return now.isAfter(startedAt.plus(LIFETIME));
    }

    /** Counts a wrong code; true when that was the last one allowed and the sign-in must start over. */
    boolean failedAgain() {
        failures++;
        return failures >= MAX_FAILURES;
    }

    byte[] sealedNewSecret() {
        return sealedNewSecret;
    }

    void offerSecret(byte[] sealed) {
        this.sealedNewSecret = sealed;
    }
}
