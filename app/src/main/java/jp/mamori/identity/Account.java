package jp.mamori.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account (アカウント): how one staff member signs in. Immutable snapshot of a row; changes go through
 * {@link Accounts}, each guarded so that concurrent requests and app nodes cannot lose an update.
 *
 * @param totpSecret the sealed TOTP secret ({@link SecretBox}), or null before enrolment
 * @param totpLastStep the last TOTP time-step accepted; codes of that step or earlier are refused
 * @param failedStreak consecutive failed sign-ins since the last success
 * @param lockedUntil no sign-in before this instant, or null
 */
record Account(
        UUID id,
        UUID tenantId,
        UUID staffId,
        String loginName,
        String passwordHash,
        boolean administrator,
        boolean enabled,
        byte[] totpSecret,
        long totpLastStep,
        int failedStreak,
        Instant lockedUntil,
        long authzVersion,
        long version) {

    boolean enrolledInTotp() {
        return totpSecret != null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Login names compare without case or width differences: 「ＹＡＭＡＤＡ」 is "yamada". */
    static String normaliseLoginName(String name) {
        return name == null ? "" : CommonPasswords.normalise(name.strip());
    }
}
