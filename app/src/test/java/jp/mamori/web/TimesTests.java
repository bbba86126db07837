package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Moments as pages show them; without a signed-in person, in the default zone (Asia/Tokyo). */
class TimesTests {

    private final Times times = new Times(tenantId -> ZoneOffset.UTC);
    private final Instant lateEvening = Instant.parse("2026-03-31T20:00:00Z");

    @Test
    void showsInstantsAndOffsetDateTimesInTheZone() {
        assertThat(times.minutes(lateEvening)).isEqualTo("2026-04-01 05:00");
        assertThat(times.seconds(lateEvening.atOffset(ZoneOffset.UTC))).isEqualTo("2026-04-01 05:00:00");
        assertThat(times.timeOfDay(lateEvening)).isEqualTo("05:00");
        assertThat(times.date(lateEvening)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(times.zoneName(Locale.JAPANESE)).isEqualTo("日本時間");
        assertThat(times.minutes(null)).isEmpty();
        assertThat(times.date(null)).isNull();
    }

    @Test
    void refusesATimeWithoutAZoneRatherThanGuessingOne() {
        assertThatThrownBy(() -> times.minutes(LocalDateTime.of(2026, 4, 1, 5, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
