package jp.mamori.organization;

import static jp.mamori.organization.OrgColumns.ACTIVE_FROM;
import static jp.mamori.organization.OrgColumns.ACTIVE_TO;
import static jp.mamori.organization.OrgColumns.EMAIL;
import static jp.mamori.organization.OrgColumns.KIND;
import static jp.mamori.organization.OrgColumns.STAFF_KANA;
import static jp.mamori.organization.OrgColumns.STAFF_NAME;
import static jp.mamori.organization.OrgColumns.STAFF_NUMBER;
import static jp.mamori.organization.OrgColumns.STAFF_UNIT;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.importing.RowProblem;
import jp.mamori.web.ImportSheet;

/**
 * Checks an imported staff table against the tenant's units and staff and plans the upsert by staff number.
 * Units must exist (import units first). Not thread-safe; one per import.
 */
final class StaffImport {

    /** What to write, and how many are new, changed or unchanged. */
    record Plan(List<Staff> toWrite, int created, int updated, int unchanged) {
    }

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d");
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final List<RowProblem> problems = new ArrayList<>();

    List<RowProblem> problems() {
        return problems;
    }

    Plan plan(ImportSheet.Sheet table, UUID tenantId, List<OrgUnit> units, List<Staff> existing) {
        for (var column : List.of(STAFF_NUMBER, STAFF_NAME, STAFF_KANA, KIND, STAFF_UNIT, ACTIVE_FROM)) {
            if (!table.header().contains(column)) {
                problems.add(RowProblem.of(1, column, "organization.import.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), 0, 0, 0);
        }
        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        units.forEach(unit -> unitsByCode.put(unit.code(), unit));
        Map<String, Staff> byNumber = new HashMap<>();
        existing.forEach(staff -> byNumber.put(staff.staffNumber(), staff));
        var seen = new HashMap<String, Integer>();
        var toWrite = new ArrayList<Staff>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var row : table.rows()) {
            int before = problems.size();
            var number = row.get(STAFF_NUMBER);
            var name = row.get(STAFF_NAME);
            var kana = row.get(STAFF_KANA);
            var kindText = row.get(KIND);
            var unitCode = row.get(STAFF_UNIT);
            var email = row.get(EMAIL);
            var fromText = row.get(ACTIVE_FROM);
            var toText = row.get(ACTIVE_TO);
            if (number.isEmpty()) {
                problem(row, STAFF_NUMBER, "organization.import.required");
            } else if (!number.matches("[0-9A-Za-z_-]{1,20}")) {
                problem(row, STAFF_NUMBER, "organization.import.codeFormat");
            } else if (seen.containsKey(number)) {
                problem(row, STAFF_NUMBER, "organization.import.duplicateInFile", seen.get(number));
            }
            seen.putIfAbsent(number, row.number());
            required(row, STAFF_NAME, name, 100);
            required(row, STAFF_KANA, kana, 200);
            var kind = OrgColumns.parse(OrgColumns.KIND_LABELS, StaffKind.class, kindText);
            if (kind == null) {
                problem(row, KIND, "organization.import.unknownValue", kindText,
                        OrgColumns.allowed(OrgColumns.KIND_LABELS));
            }
            var unit = unitsByCode.get(unitCode);
            if (unitCode.isEmpty()) {
                problem(row, STAFF_UNIT, "organization.import.required");
            } else if (unit == null) {
                problem(row, STAFF_UNIT, "organization.import.unknownUnit", unitCode);
            } else if (!unit.active()) {
                problem(row, STAFF_UNIT, "organization.appointment.refused.unitInactive", unit.name());
            }
            if (!email.isEmpty() && (email.length() > 254 || !email.matches(EMAIL_PATTERN))) {
                problem(row, EMAIL, "organization.import.email");
            }
            var from = date(row, ACTIVE_FROM, fromText, true);
            var to = date(row, ACTIVE_TO, toText, false);
            if (from != null && to != null && to.isBefore(from)) {
                problem(row, ACTIVE_TO, "organization.staff.refused.endBeforeStart");
            }
            if (problems.size() != before) {
                continue;
            }
            var current = byNumber.get(number);
            if (current == null) {
                toWrite.add(Staff.hire(tenantId, number, name, kana, kind, unit.id(), email, from, to));
                created++;
            } else if (same(current, name, kana, kind, unit.id(), email, from, to)) {
                unchanged++;
            } else {
                current.describe(number, name, kana, kind, unit.id(), email, from, to);
                toWrite.add(current);
                updated++;
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), 0, 0, 0);
        }
        return new Plan(toWrite, created, updated, unchanged);
    }

    private static boolean same(Staff staff, String name, String kana, StaffKind kind, UUID unitId, String email,
            LocalDate from, LocalDate to) {
        return staff.name().equals(name) && staff.nameKana().equals(kana) && staff.kind() == kind
                && staff.unitId().equals(unitId) && Objects.equals(staff.email(), email.isEmpty() ? null : email)
                && staff.activeFrom().equals(from) && Objects.equals(staff.activeTo(), to);
    }

    private void required(ImportSheet.SheetRow row, String column, String value, int max) {
        if (value.isEmpty()) {
            problem(row, column, "organization.import.required");
        } else if (value.length() > max) {
            problem(row, column, "organization.import.tooLong", max);
        }
    }

    private LocalDate date(ImportSheet.SheetRow row, String column, String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "organization.import.required");
            }
            return null;
        }
        for (var format : List.of(DASHED, SLASHED)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the other format
            }
        }
        problem(row, column, "organization.import.date", text);
        return null;
    }

    private void problem(ImportSheet.SheetRow row, String column, String key, Object... arguments) {
        problems.add(RowProblem.of(row.number(), column, key, arguments));
    }
}
