package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The appoint form on a staff member's page. */
record AppointmentForm(
        @NotNull SecurityRole role,
        UUID unitId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static AppointmentForm empty(LocalDate today) {
        return new AppointmentForm(SecurityRole.CSIRT_MEMBER, null, today, null);
    }

    AppointmentDraft draft(UUID staffId) {
        return new AppointmentDraft(staffId, role, unitId, startsOn, endsOn);
    }
}
