package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

/** An appointment as shown on a staff member's page. */
record AppointmentRow(UUID id, SecurityRole role, String unitName, LocalDate startsOn, LocalDate endsOn,
        boolean current, long version) {

    static AppointmentRow of(OrgTree tree, Appointment appointment, LocalDate today) {
        return new AppointmentRow(appointment.id(), appointment.role(),
                appointment.unitId() == null ? null : tree.path(appointment.unitId()), appointment.startsOn(),
                appointment.endsOn(), appointment.endsOn() == null || !appointment.endsOn().isBefore(today),
                appointment.version() == null ? 0 : appointment.version());
    }
}
