package jp.mamori.trail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One entry as the viewer and the exports show it; {@code zone} is the tenant's, which exports write times in. */
record TrailRow(long seq, Instant occurredAt, String actorKind, String actorId, String actorName, String action,
        String objectType, String objectId, String summary, String sourceAddress, String requestId, ZoneId zone) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** For example {@code 2026-04-01 09:00:00}, in the tenant's zone (pages use {@code web.Times} instead). */
    public String localTime() {
        return LOCAL.format(occurredAt.atZone(zone));
    }

    /** ISO 8601 in UTC, for example {@code 2026-04-01T00:00:00.123456Z}. */
    public String utcIso() {
        return DateTimeFormatter.ISO_INSTANT.format(occurredAt.atOffset(ZoneOffset.UTC));
    }
}
