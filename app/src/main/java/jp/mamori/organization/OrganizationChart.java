package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The security organisation (体制図) on one day: who holds which role, per 部局 and 課, and which required
 * roles are vacant. Built from a snapshot; immutable.
 *
 * @param on the day
 * @param ciso 最高情報セキュリティ責任者
 * @param deputies 副CISO
 * @param general 統括情報セキュリティ責任者
 * @param departments each active 部局 with its 責任者 and its 課 with their 管理者
 * @param systemManagers 情報システム管理者 and 担当者
 * @param committee 委員会 members
 * @param csirt CSIRT members
 * @param auditDirector 監査統括責任者
 * @param auditors 監査人
 * @param vacancies required roles nobody holds
 * @param hints 兼務の禁止 hints for the people on the chart
 */
record OrganizationChart(
        LocalDate on,
        List<Holder> ciso,
        List<Holder> deputies,
        List<Holder> general,
        List<DepartmentBox> departments,
        List<Holder> systemManagers,
        List<Holder> committee,
        List<Holder> csirt,
        List<Holder> auditDirector,
        List<Holder> auditors,
        List<Vacancy> vacancies,
        List<SegregationOfDuties.Hint> hints) {

    /** A person holding a role; {@code unitName} is the unit of the appointment, or their own unit. */
    record Holder(UUID staffId, String name, SecurityRole role, String unitName) {
    }

    record SectionBox(UUID unitId, String name, List<Holder> managers) {
    }

    record DepartmentBox(UUID unitId, String name, OrgUnitCategory category, List<Holder> officers,
            List<SectionBox> sections) {
    }

    /** A required role nobody holds; {@code unitName} is null for tenant-wide roles. */
    record Vacancy(Kind kind, UUID unitId, String unitName) {
        enum Kind { NO_CISO, NO_GENERAL_SECURITY_OFFICER, NO_CSIRT, DEPARTMENT_WITHOUT_OFFICER, SECTION_WITHOUT_MANAGER }

        public String messageKey() {
            return "organization.vacancy." + kind.name();
        }
    }

    /**
     * Draws the chart for {@code on} from all units, all appointments and the staff they name. Appointments of
     * people not in service that day do not count.
     */
    static OrganizationChart of(LocalDate on, OrgTree tree, List<Appointment> appointments,
            Map<UUID, StaffMember> staff) {
        var holding = appointments.stream()
                .filter(a -> a.holdsOn(on))
                .filter(a -> staff.containsKey(a.staffId()) && staff.get(a.staffId()).activeOn(on))
                .toList();
        java.util.function.Function<Appointment, Holder> holder = a -> {
            var person = staff.get(a.staffId());
            var unitId = a.unitId() != null ? a.unitId() : person.unitId();
            return new Holder(person.id(), person.name(), a.role(), tree.find(unitId).map(OrgUnit::name).orElse(""));
        };
        java.util.function.BiFunction<SecurityRole, UUID, List<Holder>> holders = (role, unitId) -> holding.stream()
                .filter(a -> a.role() == role && (unitId == null || unitId.equals(a.unitId())))
                .map(holder).sorted(Comparator.comparing(Holder::name)).toList();

        var departments = new ArrayList<DepartmentBox>();
        var vacancies = new ArrayList<Vacancy>();
        for (var department : tree.activeDepartments()) {
            var sections = new ArrayList<SectionBox>();
            for (var unitId : tree.descendantsOf(department.id())) {
                var unit = tree.find(unitId).orElseThrow();
                boolean ownDepartment = Objects.equals(tree.departmentOf(unitId).map(OrgUnit::id).orElse(null), department.id());
                if (unit.active() && unit.level() == OrgUnitLevel.SECTION && ownDepartment) {
                    sections.add(new SectionBox(unit.id(), unit.name(),
                            holders.apply(SecurityRole.SECTION_SECURITY_MANAGER, unit.id())));
                }
            }
            sections.sort(Comparator.comparing(box -> tree.find(box.unitId()).map(OrgUnit::code).orElse("")));
            var officers = holders.apply(SecurityRole.DEPARTMENT_SECURITY_OFFICER, department.id());
            departments.add(new DepartmentBox(department.id(), department.name(), department.category(), officers,
                    List.copyOf(sections)));
            if (officers.isEmpty()) {
                vacancies.add(new Vacancy(Vacancy.Kind.DEPARTMENT_WITHOUT_OFFICER, department.id(), department.name()));
            }
        }
        for (var section : tree.activeSections()) {
            if (holders.apply(SecurityRole.SECTION_SECURITY_MANAGER, section.id()).isEmpty()) {
                vacancies.add(new Vacancy(Vacancy.Kind.SECTION_WITHOUT_MANAGER, section.id(), section.name()));
            }
        }
        var ciso = holders.apply(SecurityRole.CISO, null);
        var general = holders.apply(SecurityRole.GENERAL_SECURITY_OFFICER, null);
        var csirt = holders.apply(SecurityRole.CSIRT_MEMBER, null);
        if (csirt.isEmpty()) {
            vacancies.add(0, new Vacancy(Vacancy.Kind.NO_CSIRT, null, null));
        }
        if (general.isEmpty()) {
            vacancies.add(0, new Vacancy(Vacancy.Kind.NO_GENERAL_SECURITY_OFFICER, null, null));
        }
        if (ciso.isEmpty()) {
            vacancies.add(0, new Vacancy(Vacancy.Kind.NO_CISO, null, null));
        }
        var systemManagers = new ArrayList<>(holders.apply(SecurityRole.SYSTEM_MANAGER, null));
        systemManagers.addAll(holders.apply(SecurityRole.SYSTEM_OPERATOR, null));

        var hints = holding.stream().collect(Collectors.groupingBy(Appointment::staffId)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> SegregationOfDuties.hints(staff.get(entry.getKey()), entry.getValue(), tree).stream())
                .toList();

        return new OrganizationChart(on, ciso, holders.apply(SecurityRole.DEPUTY_CISO, null), general,
                List.copyOf(departments), List.copyOf(systemManagers), holders.apply(SecurityRole.COMMITTEE_MEMBER, null),
                csirt, holders.apply(SecurityRole.AUDIT_DIRECTOR, null), holders.apply(SecurityRole.AUDITOR, null),
                List.copyOf(vacancies), hints);
    }

    public boolean complete() {
        return vacancies.isEmpty();
    }
}
