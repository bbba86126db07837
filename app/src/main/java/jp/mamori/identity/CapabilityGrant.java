package jp.mamori.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.TenantId;

/**
 * What a capability link lets its holder do: one purpose on one object of one tenant, until it expires or is
 * revoked. The module that owns the purpose decides what that means on its pages. Immutable.
 *
 * @param linkId the link, for the trail and for revoking it
 * @param purpose for example {@code "audit-review"}
 * @param objectId the one object the link is for, such as an audit engagement
 * @param revokedAt null while not revoked
 * @param lastUsedAt null while never used
 */
public record CapabilityGrant(UUID linkId, TenantId tenantId, String purpose, UUID objectId, String issuedBy,
        Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public CapabilityGrant {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(objectId, "objectId");
    }

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
