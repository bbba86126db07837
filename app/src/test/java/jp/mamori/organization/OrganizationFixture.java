package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds an organisation for tests, in memory or stored: units by code, staff by number, appointments.
 * Example: {@code OrganizationFixture.of(tenant).section("100", "総務課").person("1", "100").appoint("1", CISO, null)}.
 */
final class OrganizationFixture {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    final UUID tenantId;
    final Map<String, OrgUnit> units = new LinkedHashMap<>();
    final Map<String, Staff> staff = new LinkedHashMap<>();
    final List<Appointment> appointments = new ArrayList<>();

    private OrganizationFixture(UUID tenantId) {
        this.tenantId = tenantId;
    }

    static OrganizationFixture of(UUID tenantId) {
        return new OrganizationFixture(tenantId);
    }

    static OrganizationFixture ofNewTenant() {
        return of(UUID.randomUUID());
    }

    OrganizationFixture unit(String code, String parentCode, OrgUnitLevel level, String name) {
        return unit(code, parentCode, OrgUnitCategory.EXECUTIVE, level, name);
    }

    OrganizationFixture unit(String code, String parentCode, OrgUnitCategory category, OrgUnitLevel level, String name) {
        var parent = parentCode == null ? null : units.get(parentCode).id();
        units.put(code, OrgUnit.create(tenantId, parent, category, level, code, name, ""));
        return this;
    }

    OrganizationFixture department(String code, String name) {
        return unit(code, null, OrgUnitLevel.DEPARTMENT, name);
    }

    OrganizationFixture section(String code, String name) {
        return unit(code, null, OrgUnitLevel.SECTION, name);
    }

    OrganizationFixture section(String code, String parentCode, String name) {
        return unit(code, parentCode, OrgUnitLevel.SECTION, name);
    }

    OrganizationFixture person(String number, String unitCode) {
        return person(number, unitCode, StaffKind.REGULAR);
    }

    OrganizationFixture person(String number, String unitCode, StaffKind kind) {
        staff.put(number, Staff.hire(tenantId, number, "職員" + number, "しょくいん" + number, kind,
                units.get(unitCode).id(), "s" + number + "@example.jp", LocalDate.of(2020, 4, 1), null));
        return this;
    }

    OrganizationFixture appoint(String number, SecurityRole role, String unitCode) {
        appointments.add(appointment(number, role, unitCode));
        return this;
    }

    Appointment appointment(String number, SecurityRole role, String unitCode) {
        return Appointment.of(tenantId, staff.get(number).id(), role, unitCode == null ? null : units.get(unitCode).id(),
                START, null);
    }

    /** A section with its 管理者 and 責任者 (as in a town without 部). */
    OrganizationFixture staffedSection(String code, String name, String headNumber) {
        section(code, name).person(headNumber, code);
        appoint(headNumber, SecurityRole.SECTION_SECURITY_MANAGER, code);
        return appoint(headNumber, SecurityRole.DEPARTMENT_SECURITY_OFFICER, code);
    }

    UUID unitId(String code) {
        return units.get(code).id();
    }

    UUID staffId(String number) {
        return staff.get(number).id();
    }

    OrgTree tree() {
        return new OrgTree(units.values());
    }

    Map<UUID, StaffMember> staffViews() {
        return staff.values().stream().map(Staff::view).collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    OrganizationChart chart(LocalDate on) {
        return OrganizationChart.of(on, tree(), appointments, staffViews());
    }

    /** Stores everything (parents first, as added). */
    OrganizationFixture storeIn(OrgUnits unitStore, StaffRegister staffStore, Appointments appointmentStore) {
        units.values().forEach(unitStore::save);
        staff.values().forEach(staffStore::save);
        appointments.forEach(appointmentStore::save);
        return this;
    }
}
