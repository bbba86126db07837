package jp.mamori.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;
import jp.mamori.web.ImportSheet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units or staff from an HR export (XLSX or CSV): a preview that lists every problem by row and
 * column, and an import that writes everything in one transaction or nothing at all. Upserts by unit code
 * and staff number, so importing the same file again changes nothing. One trail entry per import.
 */
@Service
class OrgImport {

    /** More rows than any HR export of a municipality has; the message says 20,000. */
    static final int MAX_ROWS = 20_000;

    enum Kind { UNITS, STAFF }

    /** The outcome of checking (and, when confirmed, importing) a file. */
    record Result(Kind kind, String fileName, int rows, List<ImportProblem> problems, int created, int updated,
            int unchanged) {
        public boolean valid() {
            return problems.isEmpty();
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
    private final TenantCalendar calendar;
    private final Memberships memberships;

    OrgImport(OrgUnits units, StaffRegister register, Trail trail, ApplicationEventPublisher events,
            TenantCalendar calendar, Memberships memberships) {
        this.units = units;
        this.register = register;
        this.trail = trail;
        this.events = events;
        this.calendar = calendar;
        this.memberships = memberships;
    }

    /** Checks the file and says what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    Result preview(UUID tenantId, Kind kind, String fileName, byte[] content) {
        return plan(tenantId, kind, fileName, content).result();
    }

    /**
     * Imports the file when every row is valid.
     *
     * @throws ImportRefused when any row has a problem (nothing is written)
     */
    @Transactional
    Result importFile(UUID tenantId, Kind kind, String fileName, byte[] content) {
        var planned = plan(tenantId, kind, fileName, content);
        var result = planned.result();
        if (!result.valid()) {
            throw new ImportRefused(result);
        }
        var today = calendar.today(tenantId);
        if (planned.units() != null) {
            planned.units().toWrite().forEach(units::save);
        } else {
            for (var staff : planned.staff().toWrite()) {
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
        }
        trail.record(tenantId, kind == Kind.UNITS ? "organization.import.units" : "organization.import.staff", kind == Kind.UNITS ? "OrgUnit" : "Staff",
                "-", (kind == Kind.UNITS ? "組織" : "職員") + "の取り込み（" + fileName + "）: " + result.rows() + " 行, 追加 "
                        + result.created() + ", 更新 " + result.updated() + ", 変更なし " + result.unchanged());
        return result;
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
    }

    private record Planned(Result result, UnitImport.Plan units, StaffImport.Plan staff) {
    }

    private static Planned unreadable(Kind kind, String fileName, String messageKey) {
        return new Planned(new Result(kind, fileName, 0, List.of(new ImportProblem(0, "", messageKey)), 0, 0, 0), null, null);
    }

    private Planned plan(UUID tenantId, Kind kind, String fileName, byte[] content) {
        ImportSheet.Sheet table;
        try {
            table = ImportSheet.read(content, fileName);
        } catch (ImportSheet.Unreadable e) {
            return unreadable(kind, fileName, "organization.import.unreadable." + e.reason().name().toLowerCase(Locale.ROOT));
        }
        if (table.header().isEmpty()) {
            return unreadable(kind, fileName, "organization.import.unreadable.empty");
        }
        if (table.rows().size() > MAX_ROWS) {
            return unreadable(kind, fileName, "organization.import.unreadable.tooManyRows");
        }
        if (kind == Kind.UNITS) {
            var check = new UnitImport();
            var today = calendar.today(tenantId);
            var plan = check.plan(table, tenantId, units.all(tenantId),
                    unitId -> register.countActiveInUnit(tenantId, unitId, today));
            return new Planned(new Result(kind, fileName, table.rows().size(), sorted(check.problems()),
                    plan.created(), plan.updated(), plan.unchanged()), plan, null);
        }
        var check = new StaffImport();
        var plan = check.plan(table, tenantId, units.all(tenantId), register.all(tenantId));
        return new Planned(new Result(kind, fileName, table.rows().size(), sorted(check.problems()),
                plan.created(), plan.updated(), plan.unchanged()), null, plan);
    }
}
