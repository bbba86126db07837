package jp.mamori.organization;

import java.time.LocalDate;
import java.util.UUID;

/** An appointment to make: who, which role, for which unit (null for tenant-wide roles), from when to when. */
record AppointmentDraft(UUID staffId, SecurityRole role, UUID unitId, LocalDate startsOn, LocalDate endsOn) {
}
