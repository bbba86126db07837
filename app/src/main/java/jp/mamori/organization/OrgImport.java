package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.mamori.importing.ImportInvalid;
import jp.mamori.importing.ImportPlan;
import jp.mamori.importing.Imports;
import jp.mamori.importing.RowProblem;
import jp.mamori.importing.SheetImport;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ImportSheet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports units or staff from an HR export (XLSX or CSV) on the import pipeline: a preview that lists every problem
 * by row and column, and an import that writes everything in one transaction or nothing at all. Upserts by unit code
 * and staff number, so importing the same file again changes nothing. One trail entry per import.
 */
@Service
class OrgImport {

    /** More rows than any HR export of a municipality has; the message says 20,000. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    enum Kind { UNITS, STAFF }

    /** The outcome of checking (and, when confirmed, importing) a file, with what it writes. */
    record Result(Kind kind, int rows, List<RowProblem> problems, int created, int updated, int unchanged,
            List<OrgUnit> unitsToWrite, List<Staff> staffToWrite) implements ImportPlan {

        static Result refused(Kind kind, List<RowProblem> problems) {
            return new Result(kind, 0, problems, 0, 0, 0, List.of(), List.of());
        }

        /** A file with a header and no rows changes nothing and may be imported. */
        @Override
        public boolean valid() {
            return problems.isEmpty();
        }

        @Override
        public int changed() {
            return created + updated;
        }

        @Override
        public String basis() {
            return Stream.concat(unitsToWrite.stream().map(u -> u.version() == null ? "new " + u.code()
                                    : u.id() + "@" + u.version()),
                            staffToWrite.stream().map(s -> s.version() == null ? "new " + s.staffNumber()
                                    : s.id() + "@" + s.version()))
                    .sorted().collect(Collectors.joining("\n", kind + " " + unchanged + "\n", ""));
        }
    }

    /** A file that cannot be imported as a whole; nothing was written. */
    static final class ImportRefused extends OrganizationRefused {
        final Result result;

        ImportRefused(Result result) {
            super("organization.import.refused", result.problems().size());
            this.result = result;
        }
    }

    private final OrgUnits units;
    private final StaffRegister register;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Imports imports;
    private final TenantCalendar calendar;
    private final Memberships memberships;
    private final Register unitRegister = new Register(Kind.UNITS);
    private final Register staffRegister = new Register(Kind.STAFF);

    OrgImport(OrgUnits units, StaffRegister register, Trail trail, ApplicationEventPublisher events, Imports imports,
            TenantCalendar calendar, Memberships memberships) {
        this.units = units;
        this.register = register;
        this.trail = trail;
        this.events = events;
        this.imports = imports;
        this.calendar = calendar;
        this.memberships = memberships;
    }

    /** The pipeline's view of one kind of import. */
    SheetImport<Result> of(Kind kind) {
        return kind == Kind.UNITS ? unitRegister : staffRegister;
    }

    /** Checks the file and says what importing it would do; writes nothing. */
    Result preview(UUID tenantId, Kind kind, String fileName, byte[] content) {
        var preview = imports.check(of(kind), tenantId, fileName, content);
        return preview.readable() ? preview.plan() : Result.refused(kind, preview.problems());
    }

    /**
     * Imports the file when every row is valid, without a preview.
     *
     * @throws ImportRefused when any row has a problem (nothing is written)
     */
    Result importFile(UUID tenantId, Kind kind, String fileName, byte[] content) {
        try {
            return imports.importNow(of(kind), tenantId, fileName, content);
        } catch (ImportInvalid invalid) {
            throw new ImportRefused(Result.refused(kind, invalid.plan().problems()));
        }
    }

    private static List<RowProblem> sorted(List<RowProblem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
    }

    /** Units or staff as one register of the pipeline. */
    private final class Register implements SheetImport<Result> {
        private final Kind kind;

        Register(Kind kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return "organization." + kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public int maxBytes() {
            return MAX_BYTES;
        }

        @Override
        public int maxRows() {
            return MAX_ROWS;
        }

        @Override
        public Result plan(UUID tenantId, ImportSheet.Sheet table) {
            var today = calendar.today(tenantId);
            if (kind == Kind.UNITS) {
                var check = new UnitImport();
                var plan = check.plan(table, tenantId, units.all(tenantId),
                        unitId -> register.countActiveInUnit(tenantId, unitId, today));
                return new Result(kind, table.rows().size(), sorted(check.problems()), plan.created(), plan.updated(),
                        plan.unchanged(), plan.toWrite(), List.of());
            }
            var check = new StaffImport();
            var plan = check.plan(table, tenantId, units.all(tenantId), register.all(tenantId));
            return new Result(kind, table.rows().size(), sorted(check.problems()), plan.created(), plan.updated(),
                    plan.unchanged(), List.of(), plan.toWrite());
        }

        @Override
        public void apply(UUID tenantId, Result result, String fileName) {
            var today = calendar.today(tenantId);
            result.unitsToWrite().forEach(units::save);
            for (var staff : result.staffToWrite()) {
                var before = staff.version() == null ? null : register.find(tenantId, staff.id()).orElse(null);
                register.save(staff);
                memberships.follow(staff, today);
                if (before != null && before.activeOn(today) && !staff.activeOn(today)) {
                    events.publishEvent(new StaffDeactivated(tenantId, staff.id()));
                }
                if (before != null && !before.unitId().equals(staff.unitId())) {
                    events.publishEvent(new AppointmentsChanged(tenantId, staff.id()));
                }
            }
            trail.record(tenantId, kind == Kind.UNITS ? "organization.import.units" : "organization.import.staff", kind == Kind.UNITS ? "OrgUnit"
                    : "Staff", "-", (kind == Kind.UNITS ? "組織" : "職員") + "の取り込み（" + fileName + "）: "
                    + result.rows() + " 行, 追加 " + result.created() + ", 更新 " + result.updated() + ", 変更なし "
                    + result.unchanged());
        }
    }
}
