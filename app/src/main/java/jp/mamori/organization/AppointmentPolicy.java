package jp.mamori.organization;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jp.mamori.kernel.Decision;

/**
 * Whether an appointment may be made (seed 5, guideline 2.1–2.9): the role gets the kind of unit it needs
 * (情報セキュリティ責任者 a 部局, 管理者 a 課), the person is in service, and a role one person holds at a
 * time (CISO, 統括, 監査統括責任者, and 責任者/管理者 per unit) is not already held in that period.
 * Stateless; thread-safe.
 */
final class AppointmentPolicy {

    /** Roles held by one person at a time, tenant-wide or per unit. */
    static final Set<SecurityRole> SINGLE_HOLDER = EnumSet.of(SecurityRole.CISO, SecurityRole.GENERAL_SECURITY_OFFICER,
            SecurityRole.AUDIT_DIRECTOR, SecurityRole.DEPARTMENT_SECURITY_OFFICER, SecurityRole.SECTION_SECURITY_MANAGER);

    private AppointmentPolicy() {
    }

    /** Roles that may name a unit without needing one: an auditor may be assigned the unit they audit. */
    static boolean mayNameUnit(SecurityRole role) {
        return role.needsUnit() || role == SecurityRole.AUDITOR;
    }

    static Decision check(Appointment proposed, StaffMember staff, OrgTree tree, List<Appointment> existing,
            Map<UUID, String> staffNames) {
        if (proposed.endsOn() != null && proposed.endsOn().isBefore(proposed.startsOn())) {
            return Decision.refuse("organization.appointment.refused.endBeforeStart");
        }
        if (!inService(staff, proposed.startsOn(), proposed.endsOn())) {
            return Decision.refuse("organization.appointment.refused.staffNotInService", staff.name());
        }
        var role = proposed.role();
        if (role.needsUnit() && proposed.unitId() == null) {
            return Decision.refuse("organization.appointment.refused.unitRequired");
        }
        if (!mayNameUnit(role) && proposed.unitId() != null) {
            return Decision.refuse("organization.appointment.refused.unitNotAllowed");
        }
        if (proposed.unitId() != null) {
            var unit = tree.find(proposed.unitId()).orElse(null);
            if (unit == null) {
                return Decision.refuse("organization.appointment.refused.unitUnknown");
            }
            if (!unit.active()) {
                return Decision.refuse("organization.appointment.refused.unitInactive", unit.name());
            }
            if (role == SecurityRole.DEPARTMENT_SECURITY_OFFICER && !tree.isDepartment(unit)) {
                return Decision.refuse("organization.appointment.refused.notADepartment", unit.name());
            }
            if (role == SecurityRole.SECTION_SECURITY_MANAGER && unit.level() != OrgUnitLevel.SECTION) {
                return Decision.refuse("organization.appointment.refused.notASection", unit.name());
            }
        }
        for (var other : existing) {
            if (other.id().equals(proposed.id()) || other.role() != role
                    || !Objects.equals(other.unitId(), proposed.unitId())
                    || !other.overlaps(proposed.startsOn(), proposed.endsOn())) {
                continue;
            }
            if (other.staffId().equals(proposed.staffId())) {
                return Decision.refuse("organization.appointment.refused.duplicate");
            }
            if (SINGLE_HOLDER.contains(role)) {
                return Decision.refuse("organization.appointment.refused.alreadyHeld",
                        staffNames.getOrDefault(other.staffId(), "?"), other.startsOn());
            }
        }
        return Decision.ALLOWED;
    }

    /** The person must be in service on the first day; an appointment ends in effect when service ends. */
    private static boolean inService(StaffMember staff, LocalDate from, LocalDate to) {
        return staff.activeOn(from);
    }
}
