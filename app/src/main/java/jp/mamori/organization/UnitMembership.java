package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

/**
 * 所属: a member of staff belonged to a unit from a day to a day (both inclusive; {@code to} null while it lasts),
 * within their service. {@code post} is their 職 in the unit when recorded, else null. Immutable.
 */
public record UnitMembership(StaffId staffId, UnitId unitId, String post, LocalDate from, LocalDate to) {

    public UnitMembership {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("membership ends before it starts: " + from + " > " + to);
        }
    }

    /** Whether any day of [first, last] (inclusive) falls in the membership. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && (to == null || !to.isBefore(first));
    }
}
