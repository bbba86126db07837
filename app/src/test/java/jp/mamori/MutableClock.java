package jp.mamori;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; register it as a {@code @Primary} bean in a test configuration. */
public class MutableClock extends Clock {

    // Whole microseconds, as the database keeps them: a frozen instant with nanoseconds is stored rounded up, and a
    // row due "now" (the outbox's next attempt) would never be due for a clock that does not move.
    private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock to that instant (whole microseconds). */
    public void set(Instant instant) {
        now = instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
