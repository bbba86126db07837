package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on staff: hire (register), change, leave. Each writes one trail entry; a person who is no longer
 * in service today is announced with {@link StaffDeactivated}, a move to another unit with
 * {@link AppointmentsChanged} (their reach follows their unit) and recorded as a new dated membership from today
 * ({@link Memberships}), so that where they worked before stays known.
 */
@Service
class StaffManagement {

    private final StaffRegister register;
    private final OrgUnits units;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final TenantCalendar calendar;
    private final Memberships memberships;

    StaffManagement(StaffRegister register, OrgUnits units, Trail trail, ApplicationEventPublisher events,
            TenantCalendar calendar, Memberships memberships) {
        this.register = register;
        this.units = units;
        this.trail = trail;
        this.events = events;
        this.calendar = calendar;
        this.memberships = memberships;
    }

    @Transactional
    UUID hire(UUID tenantId, StaffDraft draft) {
        requireFreeNumber(tenantId, null, draft.staffNumber());
        requireActiveUnit(tenantId, draft.unitId());
        var staff = Staff.hire(tenantId, draft.staffNumber(), draft.name(), draft.nameKana(), draft.kind(),
                draft.unitId(), draft.email(), draft.activeFrom(), draft.activeTo());
        register.save(staff);
        memberships.follow(staff, calendar.today(tenantId));
        trail.record(tenantId, "organization.staff.created", "Staff", staff.id().toString(),
                "職員「" + staff.name() + "」(" + staff.staffNumber() + ") を登録 — " + describe(staff));
        return staff.id();
    }

    @Transactional
    void update(UUID tenantId, UUID staffId, long version, StaffDraft draft) {
        var staff = register.find(tenantId, staffId).orElseThrow(() -> new StaffNotFound(staffId));
        UnitManagement.checkVersion(staff.version(), version, staffId);
        requireFreeNumber(tenantId, staffId, draft.staffNumber());
        if (!draft.unitId().equals(staff.unitId())) {
            requireActiveUnit(tenantId, draft.unitId());
        }
        var today = calendar.today(tenantId);
        boolean wasActive = staff.activeOn(today);
        var previousUnit = staff.unitId();
        var before = describe(staff);
        staff.describe(draft.staffNumber(), draft.name(), draft.nameKana(), draft.kind(), draft.unitId(),
                draft.email(), draft.activeFrom(), draft.activeTo());
        register.save(staff);
        memberships.follow(staff, today);
        trail.record(tenantId, "organization.staff.updated", "Staff", staffId.toString(),
                "職員「" + staff.name() + "」を変更: " + before + " → " + describe(staff));
        announce(tenantId, staff, wasActive, today, previousUnit);
    }

    @Transactional
    void leave(UUID tenantId, UUID staffId, long version, LocalDate lastDay) {
        var staff = register.find(tenantId, staffId).orElseThrow(() -> new StaffNotFound(staffId));
        UnitManagement.checkVersion(staff.version(), version, staffId);
        var today = calendar.today(tenantId);
        boolean wasActive = staff.activeOn(today);
        staff.leaveOn(lastDay);
        register.save(staff);
        trail.record(tenantId, "organization.staff.left", "Staff", staffId.toString(),
                "職員「" + staff.name() + "」(" + staff.staffNumber() + ") の在職終了日を " + staff.activeTo() + " に設定");
        announce(tenantId, staff, wasActive, today, staff.unitId());
    }

    private void announce(UUID tenantId, Staff staff, boolean wasActive, LocalDate today, UUID previousUnit) {
        if (wasActive && !staff.activeOn(today)) {
            events.publishEvent(new StaffDeactivated(tenantId, staff.id()));
        }
        if (!Objects.equals(previousUnit, staff.unitId())) {
            events.publishEvent(new AppointmentsChanged(tenantId, staff.id()));
        }
    }

    private void requireFreeNumber(UUID tenantId, UUID self, String number) {
        register.findByNumber(tenantId, number.strip()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new OrganizationRefused("organization.staff.refused.numberTaken", number, other.name());
        });
    }

    private void requireActiveUnit(UUID tenantId, UUID unitId) {
        var unit = units.find(tenantId, unitId).orElseThrow(() -> new OrganizationRefused(
                "organization.appointment.refused.unitUnknown"));
        if (!unit.active()) {
            throw new OrganizationRefused("organization.appointment.refused.unitInactive", unit.name());
        }
    }

    private String describe(Staff staff) {
        var unit = units.find(staff.tenantId(), staff.unitId()).map(OrgUnit::name).orElse("?");
        return "番号 " + staff.staffNumber() + ", 氏名 " + staff.name() + " (" + staff.nameKana() + "), 区分 "
                + staff.kind() + ", 所属 " + unit + ", 在職 " + staff.activeFrom() + "〜"
                + (staff.activeTo() == null ? "" : staff.activeTo());
    }
}
