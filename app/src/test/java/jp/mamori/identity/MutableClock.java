package jp.mamori.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
class MutableClock extends Clock {

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

    void advance(Duration duration) {
        now = now.plus(duration);
    }
}
