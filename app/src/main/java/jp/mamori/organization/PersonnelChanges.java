package jp.mamori.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.importing.ImportPlan;
import jp.mamori.importing.RowProblem;
import jp.mamori.importing.SheetImport;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ImportSheet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 人事異動の一括適用: a change list (異動 to another unit, 採用, 退職, and appointments to security roles, each on its
 * 発令日) on the import pipeline. The plan is the preview: every move, joiner and leaver, the appointments that start
 * and those that end because their holder leaves the unit or the service (which is what changes their access), the
 * roles left vacant (seed 5's posts that must be filled), and the courses new role holders must take. Applying writes
 * the dated membership, staff, and appointments in the pipeline's one transaction with a trail entry per person;
 * leavers whose last day has passed are announced ({@link StaffDeactivated}: their account is disabled and their
 * sessions end); new role holders get the role's duties ({@link AppointmentFollowUp}). Data changed since the preview
 * refuses the batch (the basis is every version read). Thread-safe.
 */
@Service
class PersonnelChanges implements SheetImport<PersonnelChanges.Plan> {

    static final String NUMBER = "職員番号";
    static final String CHANGE = "異動区分";
    static final String NAME = "氏名";
    static final String KANA = "氏名（かな）";
    static final String KIND = "職員区分";
    static final String UNIT = "新所属組織コード";
    static final String POST = "職名";
    static final String ROLE = "任命する役割";
    static final String DATE = "発令日";
    static final String EMAIL = "メールアドレス";
    static final List<String> COLUMNS = List.of(NUMBER, CHANGE, NAME, KANA, KIND, UNIT, POST, ROLE, DATE, EMAIL);

    /** What a row does. */
    enum Change {
        TRANSFER("異動"), JOIN("採用"), LEAVE("退職"), APPOINT("役割");

        final String label;

        Change(String label) {
            this.label = label;
        }
    }

    /** Roles whose vacancy the preview warns about: the posts seed 5 requires to be filled. */
    static final Set<SecurityRole> MUST_BE_FILLED = EnumSet.of(SecurityRole.CISO, SecurityRole.GENERAL_SECURITY_OFFICER,
            SecurityRole.DEPARTMENT_SECURITY_OFFICER, SecurityRole.SECTION_SECURITY_MANAGER, SecurityRole.SYSTEM_MANAGER);

    static final Map<String, SecurityRole> ROLE_LABELS = roleLabels();

    /** Each role's Japanese name, for the trail's summaries (written in Japanese). */
    static final Map<SecurityRole, String> JAPANESE = ROLE_LABELS.entrySet().stream()
            .filter(e -> !e.getKey().equals(e.getValue().name()) && !e.getKey().equals(e.getValue().name().toLowerCase(Locale.ROOT))
                    && !e.getKey().equals("CISO"))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** One row's change as the preview lists it. */
    record Line(int row, Change change, String staffNumber, String name, String fromUnit, String toUnit, String post,
            LocalDate effective) {
    }

    /** An appointment that starts or ends with the batch: an access change of its holder. */
    record AccessChange(String staffNumber, String name, SecurityRole role, String unit, LocalDate on, boolean starts,
            List<String> duties) {
    }

    /** A role that no one holds after the batch although someone held it before. */
    record Vacancy(SecurityRole role, String unit, LocalDate on) {
    }

    /** The preview and what applying writes. Immutable. */
    record Plan(int rows, List<RowProblem> problems, List<Line> lines, List<AccessChange> access,
            List<Vacancy> vacancies, String basis, List<Op> ops) implements ImportPlan {

        @Override
        public int changed() {
            return lines.size();
        }

        @Override
        public int unchanged() {
            return 0;
        }

        long count(Change change) {
            return lines.stream().filter(l -> l.change() == change).count();
        }

        public long transfers() {
            return count(Change.TRANSFER);
        }

        public long joiners() {
            return count(Change.JOIN);
        }

        public long leavers() {
            return count(Change.LEAVE);
        }

        public long appointments() {
            return count(Change.APPOINT);
        }
    }

    /** One write of the batch. */
    record Op(Change change, Staff staff, UUID unitId, String unitName, String post, LocalDate effective,
            List<Appointment> ending, List<Appointment> starting) {
    }

    private final StaffRegister register;
    private final OrgUnits units;
    private final Appointments appointments;
    private final Memberships memberships;
    private final TenantCalendar calendar;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AppointmentFollowUp> followUps;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonnelChanges(StaffRegister register, OrgUnits units, Appointments appointments, Memberships memberships,
            TenantCalendar calendar, Trail trail, ApplicationEventPublisher events,
            ObjectProvider<AppointmentFollowUp> followUps, JdbcClient jdbc, Clock clock) {
        this.register = register;
        this.units = units;
        this.appointments = appointments;
        this.memberships = memberships;
        this.calendar = calendar;
        this.trail = trail;
        this.events = events;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "organization.personnel";
    }

    @Override
    public int maxRows() {
        return 50_000;
    }

    @Override
    public Plan plan(UUID tenantId, ImportSheet.Sheet sheet) {
        var problems = new ArrayList<RowProblem>();
        for (var column : List.of(NUMBER, CHANGE, UNIT, DATE)) {
            if (!sheet.header().contains(column)) {
                problems.add(RowProblem.of(1, column, "organization.import.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(0, problems, List.of(), List.of(), List.of(), "", List.of());
        }
        var allUnits = units.all(tenantId);
        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        Map<UUID, OrgUnit> unitsById = new HashMap<>();
        allUnits.forEach(u -> {
            unitsByCode.put(u.code(), u);
            unitsById.put(u.id(), u);
        });
        Map<String, Staff> byNumber = new HashMap<>();
        register.all(tenantId).forEach(s -> byNumber.put(s.staffNumber(), s));
        Map<UUID, List<Appointment>> appointmentsOf = new HashMap<>();
        appointments.all(tenantId).forEach(a -> appointmentsOf.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a));
        var seen = new HashMap<String, Integer>();
        var lines = new ArrayList<Line>();
        var ops = new ArrayList<Op>();
        var basis = new ArrayList<String>();
        var access = new ArrayList<AccessChange>();
        var ended = new HashSet<UUID>();
        var started = new ArrayList<Appointment>();
        var duties = new HashMap<SecurityRole, List<String>>();
        LocalDate latest = null;
        for (var row : sheet.rows()) {
            int before = problems.size();
            var number = row.get(NUMBER);
            var change = change(row.get(CHANGE));
            var unitCode = row.get(UNIT);
            var date = date(row.get(DATE));
            if (number.isEmpty()) {
                problems.add(RowProblem.of(row.number(), NUMBER, "organization.import.required"));
            } else if (seen.containsKey(number)) {
                problems.add(RowProblem.of(row.number(), NUMBER, "organization.import.duplicateInFile", seen.get(number)));
            }
            seen.putIfAbsent(number, row.number());
            if (change == null) {
                problems.add(RowProblem.of(row.number(), CHANGE, "organization.import.unknownValue", row.get(CHANGE),
                        "異動, 採用, 退職, 役割"));
            }
            if (date == null) {
                problems.add(RowProblem.of(row.number(), DATE, row.get(DATE).isEmpty() ? "organization.import.required"
                        : "organization.import.date", row.get(DATE)));
            }
            var unit = unitCode.isEmpty() ? null : unitsByCode.get(unitCode);
            if (!unitCode.isEmpty() && (unit == null || !unit.active())) {
                problems.add(RowProblem.of(row.number(), UNIT, "organization.import.unknownUnit", unitCode));
            } else if (unit == null && (change == Change.TRANSFER || change == Change.JOIN)) {
                problems.add(RowProblem.of(row.number(), UNIT, "organization.import.required"));
            }
            var roles = new ArrayList<SecurityRole>();
            for (var label : row.get(ROLE).split("[、,]")) {
                if (label.isBlank()) {
                    continue;
                }
                var role = ROLE_LABELS.get(label.strip());
                if (role == null) {
                    problems.add(RowProblem.of(row.number(), ROLE, "organization.import.unknownValue", label.strip(),
                            "情報セキュリティ管理者, 情報セキュリティ責任者, 情報システム管理者, …"));
                } else if (role.needsUnit() && unit == null) {
                    problems.add(RowProblem.of(row.number(), UNIT, "organization.import.required"));
                } else {
                    roles.add(role);
                }
            }
            if (change == Change.APPOINT && roles.isEmpty() && problems.size() == before) {
                problems.add(RowProblem.of(row.number(), ROLE, "organization.import.required"));
            }
            var staff = byNumber.get(number);
            if (change == Change.JOIN) {
                if (staff != null) {
                    problems.add(RowProblem.of(row.number(), NUMBER, "organization.personnel.alreadyOnStaff", number));
                }
                if (row.get(NAME).isEmpty()) {
                    problems.add(RowProblem.of(row.number(), NAME, "organization.import.required"));
                }
            } else if (change != null && !number.isEmpty() && staff == null) {
                problems.add(RowProblem.of(row.number(), NUMBER, "organization.personnel.unknownStaff", number));
            } else if (staff != null && date != null && !staff.activeOn(date)) {
                problems.add(RowProblem.of(row.number(), DATE, "organization.personnel.notInService", number));
            }
            var kind = StaffKind.REGULAR;
            if (change == Change.JOIN && !row.get(KIND).isEmpty()) {
                kind = OrgColumns.parse(OrgColumns.KIND_LABELS, StaffKind.class, row.get(KIND));
                if (kind == null) {
                    problems.add(RowProblem.of(row.number(), KIND, "organization.import.unknownValue", row.get(KIND),
                            OrgColumns.allowed(OrgColumns.KIND_LABELS)));
                }
            }
            if (problems.size() != before) {
                continue;
            }
            latest = latest == null || date.isAfter(latest) ? date : latest;
            var post = row.get(POST).isEmpty() ? null : row.get(POST);
            var ending = new ArrayList<Appointment>();
            var fromUnit = "";
            if (change == Change.JOIN) {
                staff = Staff.hire(tenantId, number, row.get(NAME), row.get(KANA), kind, unit.id(), row.get(EMAIL), date,
                        null);
                basis.add("new " + number);
            } else {
                basis.add(staff.id() + "@" + staff.version());
                fromUnit = unitsById.get(staff.unitId()).name();
                for (var a : appointmentsOf.getOrDefault(staff.id(), List.of())) {
                    basis.add(a.id() + "@" + a.version());
                    if (!a.holdsOn(date)) {
                        continue;
                    }
                    boolean ends = change == Change.LEAVE
                            || (change == Change.TRANSFER && a.role().needsUnit() && a.unitId() != null && !within(unit.id(), a.unitId(), unitsById));
                    if (ends) {
                        ending.add(a);
                        ended.add(a.id());
                        access.add(new AccessChange(number, staff.name(), a.role(), unitName(a.unitId(), unitsById),
                                date.minusDays(1), false, List.of()));
                    }
                }
            }
            var starting = new ArrayList<Appointment>();
            for (var role : roles) {
                var appointment = Appointment.of(tenantId, staff.id(), role, role.needsUnit() ? unit.id() : null, date,
                        null);
                starting.add(appointment);
                started.add(appointment);
                var roleDuties = duties.computeIfAbsent(role, r -> duties(tenantId, r));
                access.add(new AccessChange(number, change == Change.JOIN ? row.get(NAME) : staff.name(), role,
                        unitName(appointment.unitId(), unitsById), date, true, roleDuties));
            }
            lines.add(new Line(row.number(), change, number, change == Change.JOIN ? row.get(NAME) : staff.name(),
                    fromUnit, unit == null ? "" : unit.name(), post, date));
            ops.add(new Op(change, staff, unit == null ? null : unit.id(), unit == null ? "" : unit.name(), post, date, ending,
                    starting));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::row));
            return new Plan(sheet.rows().size(), problems, List.of(), List.of(), List.of(), "", List.of());
        }
        var vacancies = latest == null ? List.<Vacancy>of()
                : vacancies(appointments.holdingOn(tenantId, latest), ended, started, latest, unitsById);
        basis.sort(null);
        return new Plan(sheet.rows().size(), List.of(), List.copyOf(lines), List.copyOf(access), vacancies,
                String.join("\n", basis), List.copyOf(ops));
    }

    private List<String> duties(UUID tenantId, SecurityRole role) {
        return followUps.orderedStream().flatMap(f -> f.dutiesOf(tenantId, role).stream()).toList();
    }

    /** The must-be-filled posts held on the day before the batch and by no one after it. */
    private static List<Vacancy> vacancies(List<Appointment> holding, Set<UUID> ended, List<Appointment> started,
            LocalDate on, Map<UUID, OrgUnit> unitsById) {
        record Post(SecurityRole role, UUID unit) {
        }
        var before = new LinkedHashMap<Post, Boolean>();
        holding.stream().filter(a -> MUST_BE_FILLED.contains(a.role()))
                .forEach(a -> before.put(new Post(a.role(), a.unitId()), true));
        var after = new HashSet<Post>();
        holding.stream().filter(a -> !ended.contains(a.id())).forEach(a -> after.add(new Post(a.role(), a.unitId())));
        started.forEach(a -> after.add(new Post(a.role(), a.unitId())));
        return before.keySet().stream().filter(p -> !after.contains(p))
                .map(p -> new Vacancy(p.role(), unitName(p.unit(), unitsById), on))
                .sorted(Comparator.comparing(Vacancy::unit).thenComparing(Vacancy::role)).toList();
    }

    /** Whether {@code unit} is {@code ancestor} or below it. */
    private static boolean within(UUID unit, UUID ancestor, Map<UUID, OrgUnit> unitsById) {
        var current = unit;
        for (int depth = 0; current != null && depth < 32; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            var found = unitsById.get(current);
            current = found == null ? null : found.parentId();
        }
        return false;
    }

    private static String unitName(UUID unitId, Map<UUID, OrgUnit> unitsById) {
        return unitId == null || !unitsById.containsKey(unitId) ? "" : unitsById.get(unitId).name();
    }

    @Override
    public void apply(UUID tenantId, Plan plan, String fileName) {
        var today = calendar.today(tenantId);
        var batchId = UUID.randomUUID();
        var ids = new ArrayList<String>();
        var summaries = new ArrayList<String>();
        var newHolders = new ArrayList<Appointment>();
        for (var op : plan.ops()) {
            var staff = op.staff();
            var lastDay = op.effective().minusDays(1);
            String summary;
            switch (op.change()) {
                case JOIN -> {
                    register.save(staff);
                    memberships.move(tenantId, staff.id(), op.unitId(), op.post(), op.effective(), batchId);
                    summary = "採用 " + op.effective() + " " + staff.staffNumber() + " " + staff.name();
                }
                case TRANSFER -> {
                    if (!op.effective().isAfter(today)) {
                        staff.describe(staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind(), op.unitId(),
                                staff.email(), staff.activeFrom(), staff.activeTo());
                        register.save(staff);
                    }
                    memberships.move(tenantId, staff.id(), op.unitId(), op.post(), op.effective(), batchId);
                    summary = "異動 " + op.effective() + " " + staff.staffNumber() + " " + staff.name() + " → " + op.unitName();
                }
                case LEAVE -> {
                    staff.leaveOn(lastDay);
                    register.save(staff);
                    memberships.end(tenantId, staff.id(), lastDay);
                    if (!op.effective().isAfter(today)) {
                        events.publishEvent(new StaffDeactivated(tenantId, staff.id()));
                    }
                    summary = "退職 " + lastDay + " 限り " + staff.staffNumber() + " " + staff.name();
                }
                default -> summary = "役割 " + op.effective() + " " + staff.staffNumber() + " " + staff.name();
            }
            for (var a : op.ending()) {
                a.endOn(lastDay.isBefore(a.startsOn()) ? a.startsOn() : lastDay);
                appointments.save(a);
            }
            op.starting().forEach(appointments::save);
            if (!op.ending().isEmpty() || !op.starting().isEmpty()) {
                events.publishEvent(new AppointmentsChanged(tenantId, staff.id()));
            }
            if (!op.effective().isAfter(today)) {
                newHolders.addAll(op.starting());
            }
            summary += op.ending().stream().map(a -> "、任命終了 " + JAPANESE.get(a.role())).collect(Collectors.joining())
                    + op.starting().stream().map(a -> "、任命 " + JAPANESE.get(a.role())).collect(Collectors.joining());
            ids.add(staff.id().toString());
            summaries.add(summary);
        }
        trail.recordAll(tenantId, "organization.personnel.changed", "Staff", ids, summaries);
        var total = "人事異動の適用（" + fileName + "）: 異動 " + plan.transfers() + ", 採用 " + plan.joiners() + ", 退職 "
                + plan.leavers() + ", 役割 " + plan.appointments() + ", 役割の開始 "
                + plan.access().stream().filter(AccessChange::starts).count() + ", 終了 "
                + plan.access().stream().filter(a -> !a.starts()).count() + ", 空席の警告 " + plan.vacancies().size();
        jdbc.sql("INSERT INTO personnel_batch (id, tenant_id, file_name, rows_count, summary, applied_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(batchId, tenantId, fileName.length() > 255 ? fileName.substring(0, 255) : fileName, plan.rows(),
                        total, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        trail.record(tenantId, "organization.personnel.applied", "PersonnelBatch", batchId.toString(), total);
        for (var a : newHolders) {
            followUps.orderedStream().forEach(f -> f.appointed(tenantId, a.staffId(), a.role()));
        }
    }

    private static Change change(String text) {
        for (var change : Change.values()) {
            if (change.label.equals(text) || change.name().equalsIgnoreCase(text)) {
                return change;
            }
        }
        return text.equals("転出") || text.equals("転入") || text.equals("配置換") ? Change.TRANSFER
                : text.equals("新規採用") ? Change.JOIN : text.equals("退職者") || text.equals("任期満了") ? Change.LEAVE : null;
    }

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d");

    private static LocalDate date(String text) {
        for (var format : List.of(DASHED, SLASHED)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // the other format
            }
        }
        return null;
    }

    private static Map<String, SecurityRole> roleLabels() {
        var labels = new HashMap<String, SecurityRole>();
        for (var role : SecurityRole.values()) {
            labels.put(role.name(), role);
            labels.put(role.name().toLowerCase(Locale.ROOT), role);
        }
        labels.put("最高情報セキュリティ責任者", SecurityRole.CISO);
        labels.put("CISO", SecurityRole.CISO);
        labels.put("副CISO", SecurityRole.DEPUTY_CISO);
        labels.put("統括情報セキュリティ責任者", SecurityRole.GENERAL_SECURITY_OFFICER);
        labels.put("情報セキュリティ責任者", SecurityRole.DEPARTMENT_SECURITY_OFFICER);
        labels.put("情報セキュリティ管理者", SecurityRole.SECTION_SECURITY_MANAGER);
        labels.put("情報システム管理者", SecurityRole.SYSTEM_MANAGER);
        labels.put("情報システム担当者", SecurityRole.SYSTEM_OPERATOR);
        labels.put("情報セキュリティ委員会委員", SecurityRole.COMMITTEE_MEMBER);
        labels.put("CSIRT要員", SecurityRole.CSIRT_MEMBER);
        labels.put("情報セキュリティ監査統括責任者", SecurityRole.AUDIT_DIRECTOR);
        labels.put("監査人", SecurityRole.AUDITOR);
        return Map.copyOf(labels);
    }

    static String csv(List<List<String>> rows) {
        var out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        rows.forEach(r -> out.append(String.join(",", r)).append("\r\n"));
        return out.toString();
    }

}
