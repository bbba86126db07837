package jp.mamori.trail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One entry as the viewer and the exports show it. */
record TrailRow(long seq, Instant occurredAt, String actorKind, String actorId, String actorName, String action,
        String objectType, String objectId, String summary, String sourceAddress, String requestId) {

    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(TrailFilter.JAPAN);

    /** For example {@code 2026-04-01 09:00:00} (Japan time). */
    public String japanTime() {
        return JST.format(occurredAt);
    }

    /** ISO 8601 in UTC, for example {@code 2026-04-01T00:00:00.123456Z}. */
    public String utcIso() {
        return DateTimeFormatter.ISO_INSTANT.format(occurredAt.atOffset(ZoneOffset.UTC));
    }
}
