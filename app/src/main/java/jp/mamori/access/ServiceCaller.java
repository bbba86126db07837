package jp.mamori.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The machine behind a request made with a service token: it belongs to no person and holds scopes, not
 * permissions. Immutable and thread-safe; made per request, never kept in a session.
 *
 * @param tokenId the service token
 * @param name the token's name, for example 「メールゲートウェイ（本庁舎）」
 * @param tenantId the tenant it acts for, or null for an installation-wide token
 * @param scopes what it may do
 */
public record ServiceCaller(UUID tokenId, String name, UUID tenantId, Set<ServiceScope> scopes) {

    public ServiceCaller {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(name, "name");
        scopes = Set.copyOf(scopes);
    }

    public boolean holds(ServiceScope scope) {
        return scopes.contains(scope);
    }

    /** Whether it may act for this tenant: its own, or any when installation-wide. */
    public boolean actsFor(UUID tenant) {
        return tenantId == null || tenantId.equals(tenant);
    }

    /** The service caller of the current thread, if a service token authenticated the request. */
    public static Optional<ServiceCaller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ServiceCaller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }
}
