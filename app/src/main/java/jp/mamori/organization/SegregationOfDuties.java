package jp.mamori.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 兼務の禁止 (guideline 2.8): combinations of roles the guideline advises against. They are hints, not
 * refusals — a small town may have no one else — shown where the appointment is made and on the 体制図.
 * Stateless; thread-safe.
 */
final class SegregationOfDuties {

    /** One hint: a message key and its arguments. */
    record Hint(String messageKey, List<Object> arguments) {
        Hint(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }

    private static final Set<SecurityRole> AUDITING = EnumSet.of(SecurityRole.AUDITOR, SecurityRole.AUDIT_DIRECTOR);
    private static final Set<SecurityRole> OVERSIGHT = EnumSet.of(SecurityRole.CISO, SecurityRole.DEPUTY_CISO,
            SecurityRole.GENERAL_SECURITY_OFFICER);

    private SegregationOfDuties() {
    }

    /**
     * Hints for one person holding all of {@code held} (appointments holding at the same time, the proposed
     * one included).
     */
    static List<Hint> hints(StaffMember staff, List<Appointment> held, OrgTree tree) {
        var hints = new ArrayList<Hint>();
        var roles = EnumSet.noneOf(SecurityRole.class);
        held.forEach(appointment -> roles.add(appointment.role()));
        for (var appointment : held) {
            if (appointment.role() == SecurityRole.AUDITOR && appointment.unitId() != null
                    && reaches(tree, appointment.unitId(), staff.unitId())) {
                hints.add(new Hint("organization.sod.auditOwnUnit", staff.name(),
                        tree.find(appointment.unitId()).map(OrgUnit::name).orElse("?")));
            }
        }
        // A 課長 auditing other units is normal in a small town; auditing the whole tenant one oversees is not.
        if (roles.stream().anyMatch(AUDITING::contains) && roles.stream().anyMatch(OVERSIGHT::contains)) {
            hints.add(new Hint("organization.sod.auditorOversees", staff.name()));
        }
        return hints;
    }

    private static boolean reaches(OrgTree tree, UUID auditedUnit, UUID ownUnit) {
        return ownUnit != null && tree.descendantsOf(auditedUnit).contains(ownUnit);
    }
}
