package jp.mamori.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.ServiceScope;

/**
 * One service token as its list shows it; never the token itself, which exists only in the answer to its issue.
 *
 * @param tenantId null for an installation-wide token
 */
record ServiceToken(UUID id, UUID tenantId, String name, Set<ServiceScope> scopes, String issuedBy, Instant createdAt,
        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    ServiceToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The scope codes, for example {@code gateway:report}, in the enum's order. */
    public String scopeCodes() {
        return scopes.stream().sorted().map(ServiceScope::code).reduce((a, b) -> a + " " + b).orElse("");
    }
}
