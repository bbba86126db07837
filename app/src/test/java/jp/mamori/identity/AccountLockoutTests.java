package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccountLockoutTests {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void fourFailuresCostNothingThenTheDelayDoublesUpTo15Minutes() {
        for (int streak = 1; streak <= 4; streak++) {
            assertThat(AccountLockout.lockedUntil(streak, List.of(NOW), NOW)).isNull();
        }
        assertThat(AccountLockout.lockedUntil(5, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(AccountLockout.lockedUntil(6, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(AccountLockout.lockedUntil(7, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(AccountLockout.lockedUntil(8, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(8)));
        assertThat(AccountLockout.lockedUntil(9, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(AccountLockout.lockedUntil(500, List.of(NOW), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void capsFailuresAt100AnHour() {
        var failures = new ArrayList<Instant>();
        for (int i = 0; i < 100; i++) {
            failures.add(NOW.minus(Duration.ofMinutes(59)).plusSeconds(i));
        }
        assertThat(AccountLockout.lockedUntil(1, failures, NOW))
                .isEqualTo(NOW.minus(Duration.ofMinutes(59)).plus(Duration.ofHours(1)));
        assertThat(AccountLockout.lockedUntil(1, failures.subList(0, 99), NOW)).isNull();
    }
}
