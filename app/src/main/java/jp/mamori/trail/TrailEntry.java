package jp.mamori.trail;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the trail as stored. {@code seq} numbers the entries of the installation without gaps.
 *
 * @param tenantId null for installation-wide events
 */
record TrailEntry(
        long seq,
        Instant occurredAt,
        UUID tenantId,
        String actorKind,
        String actorId,
        String actorName,
        String action,
        String objectType,
        String objectId,
        String summary,
        String sourceAddress,
        String requestId) {
}
