package jp.mamori.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When an account may try again after failed sign-ins (ASVS 6.3.1; 4.0.3 2.2.1), without a lockout that an
 * attacker could make permanent: from the 5th consecutive failure a delay of 1 minute that doubles with each
 * further failure up to 15 minutes, and never more than 100 failures in an hour. Pure function.
 */
final class AccountLockout {

    static final int FREE_FAILURES = 4;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final int HOURLY_CAP = 100;
    static final Duration HOUR = Duration.ofHours(1);

    private AccountLockout() {
    }

    /**
     * The instant until which the account is locked after a failure, or null for none.
     *
     * @param streak consecutive failures including this one
     * @param failuresInLastHour the failures of the last hour including this one, oldest first
     */
    static Instant lockedUntil(int streak, List<Instant> failuresInLastHour, Instant now) {
        Instant until = null;
        if (streak > FREE_FAILURES) {
            var doublings = Math.min(streak - FREE_FAILURES - 1, 10);
            var delay = FIRST_DELAY.multipliedBy(1L << doublings);
            until = now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
        }
        if (failuresInLastHour.size() >= HOURLY_CAP) {
            var windowEnds = failuresInLastHour.get(failuresInLastHour.size() - HOURLY_CAP).plus(HOUR);
            if (until == null || windowEnds.isAfter(until)) {
                until = windowEnds;
            }
        }
        return until;
    }
}
