package jp.mamori.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.trail.Trail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on appointments: appoint and end. Checks {@link AppointmentPolicy}, answers the
 * {@link SegregationOfDuties} hints, writes one trail entry and announces {@link AppointmentsChanged}.
 */
@Service
class AppointmentManagement {

    /** The appointment made and the 兼務 hints it raised (empty when none). */
    record Appointed(UUID appointmentId, List<SegregationOfDuties.Hint> hints) {
    }

    private final Appointments appointments;
    private final StaffRegister register;
    private final OrgUnits units;
    private final Trail trail;
    private final ApplicationEventPublisher events;

    AppointmentManagement(Appointments appointments, StaffRegister register, OrgUnits units, Trail trail,
            ApplicationEventPublisher events) {
        this.appointments = appointments;
        this.register = register;
        this.units = units;
        this.trail = trail;
        this.events = events;
    }

    @Transactional
    Appointed appoint(UUID tenantId, AppointmentDraft draft) {
        var staff = register.find(tenantId, draft.staffId()).orElseThrow(() -> new StaffNotFound(draft.staffId()));
        var tree = units.tree(tenantId);
        var existing = appointments.all(tenantId);
        var proposed = Appointment.of(tenantId, staff.id(), draft.role(), draft.unitId(), draft.startsOn(),
                draft.endsOn());
        Map<UUID, String> names = register.all(tenantId).stream().collect(Collectors.toMap(Staff::id, Staff::name));
        AppointmentPolicy.check(proposed, staff.view(), tree, existing, names).orThrow(OrganizationRefused::new);
        appointments.save(proposed);
        var concurrent = existing.stream()
                .filter(a -> a.staffId().equals(staff.id()) && a.overlaps(proposed.startsOn(), proposed.endsOn()))
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        concurrent.add(proposed);
        var hints = SegregationOfDuties.hints(staff.view(), concurrent, tree);
        trail.record(tenantId, "organization.appointment.created", "Appointment", proposed.id().toString(),
                "「" + staff.name() + "」を " + draft.role() + unitPart(tree, draft.unitId()) + " に任命（"
                        + draft.startsOn() + "〜" + (draft.endsOn() == null ? "" : draft.endsOn()) + "）"
                        + (hints.isEmpty() ? "" : "／兼務の注意 " + hints.size() + " 件"));
        events.publishEvent(new AppointmentsChanged(tenantId, staff.id()));
        return new Appointed(proposed.id(), hints);
    }

    @Transactional
    void end(UUID tenantId, UUID appointmentId, long version, LocalDate lastDay) {
        var appointment = appointments.find(tenantId, appointmentId)
                .orElseThrow(() -> new AppointmentNotFound(appointmentId));
        UnitManagement.checkVersion(appointment.version(), version, appointmentId);
        appointment.endOn(lastDay);
        appointments.save(appointment);
        var name = register.find(tenantId, appointment.staffId()).map(Staff::name).orElse("?");
        trail.record(tenantId, "organization.appointment.ended", "Appointment", appointmentId.toString(),
                "「" + name + "」の " + appointment.role() + unitPart(units.tree(tenantId), appointment.unitId())
                        + " の任期を " + lastDay + " で終了");
        events.publishEvent(new AppointmentsChanged(tenantId, appointment.staffId()));
    }

    private static String unitPart(OrgTree tree, UUID unitId) {
        return unitId == null ? "" : "（" + tree.find(unitId).map(OrgUnit::name).orElse("?") + "）";
    }
}
