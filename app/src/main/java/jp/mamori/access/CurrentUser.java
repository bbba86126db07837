package jp.mamori.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The fully signed-in user of one request: their account, staff record, tenant, and each permission with the
 * org units it reaches. Each (permission, reach) pair comes from the appointment that grants it, so a CSIRT
 * member who is also a 課's system manager edits assets in that 課 only, although their CSIRT role reaches the
 * whole tenant. Immutable and thread-safe; it is the principal of the Spring Security authentication (and so
 * serialisable into the database-stored session).
 *
 * @param accountId the account (identity module)
 * @param staffId the staff member the account belongs to (organization module); null for some test users
 * @param tenantId the tenant; every query of a request filters by it
 * @param displayName the name to show, for example 「山田 太郎」
 * @param grants what the user may do, and where; a permission not in the map is not held (null reads as none)
 */
public record CurrentUser(
        UUID accountId,
        UUID staffId,
        UUID tenantId,
        String displayName,
        Map<Permission, Reach> grants) implements Serializable {

    // Kept at 1 on purpose: a session stored before permissions had their own reach deserialises with no grants
    // (its old fields are ignored), so it fails closed — no permission until the person signs in again — instead
    // of failing to load at all.
    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(displayName, "displayName");
        var held = new EnumMap<Permission, Reach>(Permission.class);
        (grants == null ? Map.<Permission, Reach>of() : grants).forEach((permission, reach) -> {
            if (!reach.isEmpty()) {
                held.put(permission, reach);
            }
        });
        grants = Map.copyOf(held);
    }

    /** A user whose permissions all reach the same units: the whole tenant, or {@code units}. */
    public CurrentUser(UUID accountId, UUID staffId, UUID tenantId, String displayName, Set<Permission> permissions,
            boolean tenantWide, Set<UUID> units) {
        this(accountId, staffId, tenantId, displayName, sameReach(permissions, new Reach(tenantWide, units)));
    }

    private static Map<Permission, Reach> sameReach(Set<Permission> permissions, Reach reach) {
        var grants = new EnumMap<Permission, Reach>(Permission.class);
        permissions.forEach(permission -> grants.put(permission, reach));
        return grants;
    }

    /** The permissions held, in some unit or tenant-wide. */
    public Set<Permission> permissions() {
        return grants.keySet();
    }

    /** Whether the user holds the permission anywhere; for opening a page, not for acting on one unit's record. */
    public boolean can(Permission permission) {
        return grants.containsKey(permission);
    }

    /** Whether the user holds any of these permissions anywhere. */
    public boolean canAny(Permission... permissions) {
        for (var permission : permissions) {
            if (can(permission)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user may do this to a record owned by that unit. */
    public boolean can(Permission permission, UUID unitId) {
        return reach(permission).covers(unitId);
    }

    /** The units this permission reaches; {@link Reach#NONE} when it is not held. */
    public Reach reach(Permission permission) {
        return grants.getOrDefault(permission, Reach.NONE);
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
