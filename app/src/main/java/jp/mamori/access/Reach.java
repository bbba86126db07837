package jp.mamori.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The org units one permission reaches: every unit of the tenant, or a set of units (sub-units included by
 * whoever builds it). Immutable and thread-safe; serialisable because it rides in the session's
 * {@link CurrentUser}.
 *
 * @param tenantWide true when every unit of the tenant is reached
 * @param units the units reached when not tenant-wide; empty when tenant-wide
 */
public record Reach(boolean tenantWide, Set<UUID> units) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Every unit of the tenant. */
    public static final Reach TENANT = new Reach(true, Set.of());

    /** No unit at all. */
    public static final Reach NONE = new Reach(false, Set.of());

    public Reach {
        units = tenantWide ? Set.of() : Set.copyOf(units);
    }

    public static Reach units(Set<UUID> units) {
        return new Reach(false, units);
    }

    /** Whether a record owned by this unit is reached; a record of no unit only by a tenant-wide reach. */
    public boolean covers(UUID unitId) {
        return tenantWide || unitId != null && units.contains(unitId);
    }

    /** The units a list should be filtered by, or empty for no filter (tenant-wide). */
    public java.util.Optional<Set<UUID>> unitFilter() {
        return tenantWide ? java.util.Optional.empty() : java.util.Optional.of(units);
    }

    public boolean isEmpty() {
        return !tenantWide && units.isEmpty();
    }

    /** Both reaches together: what either covers. */
    public Reach plus(Reach other) {
        if (tenantWide || other.tenantWide) {
            return TENANT;
        }
        var both = new HashSet<>(units);
        both.addAll(other.units);
        return units(both);
    }

    /**
     * The reach of a permission on the current thread. A signed-in user's own; commands, scheduled jobs and
     * demo loading, which run under an explicit command or system {@link Actor} and no user, reach every unit;
     * anything else — an anonymous request, code that forgot to say who runs it — reaches nothing (fail closed).
     */
    public static Reach ofCurrentThread(Permission permission) {
        var user = CurrentUser.get();
        if (user.isPresent()) {
            return user.get().reach(permission);
        }
        return Actor.explicit().filter(Actor::unattended).isPresent() ? TENANT : NONE;
    }
}
