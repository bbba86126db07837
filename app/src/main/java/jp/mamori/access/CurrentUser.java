package jp.mamori.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The fully signed-in user of one request: their account, staff record, tenant, permissions and the
 * organisational scope those permissions reach. Immutable and thread-safe; it is the principal of
 * the Spring Security authentication (and so serialisable into the database-stored session).
 *
 * @param accountId the account (identity module)
 * @param staffId the staff member the account belongs to (organization module)
 * @param tenantId the tenant; every query of a request filters by it
 * @param displayName the name to show, for example 「山田 太郎」
 * @param permissions what the user may do
 * @param tenantWide true when the permissions reach every unit of the tenant (CISO, 統括, administrators)
 * @param unitScope the org units the permissions reach when not tenant-wide, sub-units included
 */
public record CurrentUser(
        UUID accountId,
        UUID staffId,
        UUID tenantId,
        String displayName,
        Set<Permission> permissions,
        boolean tenantWide,
        Set<UUID> unitScope) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(displayName, "displayName");
        permissions = Set.copyOf(permissions);
        unitScope = Set.copyOf(unitScope);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether a record owned by this unit is within the user's reach. */
    public boolean reaches(UUID unitId) {
        return tenantWide || unitScope.contains(unitId);
    }

    /** The signed-in user of the current thread, if a fully signed-in user is there. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user of the current thread; for code that runs only behind an access check. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user on this thread"));
    }
}
