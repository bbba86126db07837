package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

/**
 * A staff member appointed to a security role ({@link Appointment}), as other modules see it: whom, which role, for
 * which unit (null for a tenant-wide role) and from a day to a day (both inclusive; {@code endsOn} null while open).
 * Immutable.
 */
public record RoleHolder(StaffId staffId, String name, String staffNumber, SecurityRole role, UnitId unitId,
        LocalDate startsOn, LocalDate endsOn) {

    public RoleHolder {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(startsOn, "startsOn");
    }
}
