package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated appointment (役割の任命) of a staff member to a security role, for a unit where the role needs one.
 * One person may hold several. Not thread-safe.
 */
final class Appointment {

    private final UUID id;
    private final UUID tenantId;
    private final UUID staffId;
    private final SecurityRole role;
    private final UUID unitId;
    private final LocalDate startsOn;
    private LocalDate endsOn;
    private final Long version;

    Appointment(UUID id, UUID tenantId, UUID staffId, SecurityRole role, UUID unitId, LocalDate startsOn,
            LocalDate endsOn, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.staffId = Objects.requireNonNull(staffId, "staffId");
        this.role = Objects.requireNonNull(role, "role");
        this.unitId = unitId;
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        this.endsOn = endsOn;
        this.version = version;
    }

    static Appointment of(UUID tenantId, UUID staffId, SecurityRole role, UUID unitId, LocalDate startsOn,
            LocalDate endsOn) {
        return new Appointment(UUID.randomUUID(), tenantId, staffId, role, unitId, startsOn, endsOn, null);
    }

    /** Whether the appointment holds on that day (both ends inclusive). */
    boolean holdsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether its period shares at least one day with [from, to] (to null: open-ended). */
    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !startsOn.isAfter(to);
        boolean endsAfterOtherStarts = endsOn == null || !endsOn.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Ends the appointment on that day (inclusive); refuses a day before it started. */
    void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(startsOn)) {
            throw new OrganizationRefused("organization.appointment.refused.endBeforeStart");
        }
        this.endsOn = lastDay;
    }

    UUID id() { return id; }
    UUID tenantId() { return tenantId; }
    UUID staffId() { return staffId; }
    SecurityRole role() { return role; }
    UUID unitId() { return unitId; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    Long version() { return version; }
}
