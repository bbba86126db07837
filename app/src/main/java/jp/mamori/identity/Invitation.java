package jp.mamori.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account invitation (アカウントの招待): one staff member may get an account through its link, once, within
 * {@link AccountInvitations#VALIDITY}. Immutable snapshot of a row.
 *
 * @param mailedTo the address the link was mailed to, or null when the administrator handed it over
 */
record Invitation(UUID id, UUID tenantId, UUID staffId, String invitedBy, String mailedTo, Instant createdAt,
        Instant expiresAt, Instant acceptedAt, Instant revokedAt, long version) {

    boolean openAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
