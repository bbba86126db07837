package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Component;

/**
 * The demo municipality 久米南町's organisation: a small town's 課 and 係, fictional staff and the security roles
 * appointed as such a town would. One trail entry.
 */
@Component
class KumenanDemo implements DemoStep {

    static final String NAME = "organization";
    /** Appointments start with the fiscal year 令和8年度 (人事異動 on April 1st). */
    static final LocalDate FISCAL_YEAR_START = LocalDate.of(2026, 4, 1);

    private final OrgUnits units;
    private final StaffRegister register;
    private final Appointments appointments;
    private final Trail trail;
    private final Memberships memberships;

    KumenanDemo(OrgUnits units, StaffRegister register, Appointments appointments, Trail trail,
            Memberships memberships) {
        this.units = units;
        this.register = register;
        this.appointments = appointments;
        this.trail = trail;
        this.memberships = memberships;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return units.count(town.tenantId(), false) > 0;
    }

    @Override
    public void load(DemoTown demo) {
        var town = new Town(demo.tenantId());
        KumenanDemoData.build(town);
        town.units.values().forEach(units::save);
        town.staff.forEach(staff -> {
            register.save(staff);
            memberships.follow(staff, staff.activeFrom());
        });
        town.appointments.forEach(appointments::save);
        trail.record(demo.tenantId(), "organization.demo.loaded", "Tenant", demo.tenantId().toString(),
                "デモ団体 久米南町 (" + DemoTown.CODE + ") を作成: 組織 " + town.units.size() + " 件, 職員 "
                        + town.staff.size() + " 名, 任命 " + town.appointments.size() + " 件");
    }

    /** The town being built, with small helpers that keep {@link KumenanDemoData} readable. */
    static final class Town {
        final UUID tenantId;
        final Map<String, OrgUnit> units = new LinkedHashMap<>();
        final List<Staff> staff = new ArrayList<>();
        final List<Appointment> appointments = new ArrayList<>();
        private int next = 1;

        Town(UUID tenantId) {
            this.tenantId = tenantId;
        }

        OrgUnit unit(String code, String parentCode, OrgUnitCategory category, OrgUnitLevel level, String name,
                String kana) {
            var parent = parentCode == null ? null : units.get(parentCode).id();
            var unit = OrgUnit.create(tenantId, parent, category, level, code, name, kana);
            units.put(code, unit);
            return unit;
        }

        Staff person(String unitCode, StaffKind kind) {
            int n = next++;
            var name = KumenanDemoData.name(n);
            var number = kind == StaffKind.REGULAR ? String.format("1%05d", n) : String.format("9%05d", n);
            var email = kind == StaffKind.CONTRACTOR ? null : name.romaji() + "@town.kumenan.example";
            var until = kind == StaffKind.FISCAL_YEAR_APPOINTED ? LocalDate.of(2027, 3, 31) : null;
            var from = kind == StaffKind.FISCAL_YEAR_APPOINTED ? FISCAL_YEAR_START : LocalDate.of(2000 + n % 25, 4, 1);
            var member = Staff.hire(tenantId, number, name.kanji(), name.kana(), kind, units.get(unitCode).id(), email,
                    from, until);
            staff.add(member);
            return member;
        }

        void appoint(Staff who, SecurityRole role, String unitCode) {
            appointments.add(Appointment.of(tenantId, who.id(), role, unitCode == null ? null : units.get(unitCode).id(),
                    FISCAL_YEAR_START, null));
        }
    }
}
