package jp.mamori.organization;

import static jp.mamori.organization.OrgColumns.CATEGORY;
import static jp.mamori.organization.OrgColumns.LEVEL;
import static jp.mamori.organization.OrgColumns.PARENT_CODE;
import static jp.mamori.organization.OrgColumns.STATUS;
import static jp.mamori.organization.OrgColumns.UNIT_CODE;
import static jp.mamori.organization.OrgColumns.UNIT_KANA;
import static jp.mamori.organization.OrgColumns.UNIT_NAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import jp.mamori.kernel.Decision;
import jp.mamori.importing.RowProblem;
import jp.mamori.web.ImportSheet;

/**
 * Checks an imported unit table against the tenant's units and plans the upsert by unit code: which units are
 * new, which change, which stay as they are. The whole resulting tree must keep the tree rules. Not
 * thread-safe; one per import.
 */
final class UnitImport {

    /** What to write: units in parent-first order, and how many are new, changed or unchanged. */
    record Plan(List<OrgUnit> toWrite, int created, int updated, int unchanged) {
    }

    private final List<RowProblem> problems = new ArrayList<>();

    List<RowProblem> problems() {
        return problems;
    }

    /**
     * @param activeStaff counts the staff in service in a unit (to refuse deactivating a unit that has some)
     */
    Plan plan(ImportSheet.Sheet table, UUID tenantId, List<OrgUnit> existing, ToLongFunction<UUID> activeStaff) {
        for (var column : List.of(UNIT_CODE, UNIT_NAME, CATEGORY, LEVEL)) {
            if (!table.header().contains(column)) {
                problems.add(RowProblem.of(1, column, "organization.import.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), 0, 0, 0);
        }
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        existing.forEach(unit -> byCode.put(unit.code(), unit));
        record Parsed(ImportSheet.SheetRow row, String code, String name, String kana, String parentCode,
                OrgUnitCategory category, OrgUnitLevel level, boolean active) {
        }
        var parsed = new ArrayList<Parsed>();
        var seen = new HashMap<String, Integer>();
        for (var row : table.rows()) {
            int before = problems.size();
            var code = row.get(UNIT_CODE);
            var name = row.get(UNIT_NAME);
            var kana = row.get(UNIT_KANA);
            var parentCode = row.get(PARENT_CODE);
            var categoryText = row.get(CATEGORY);
            var levelText = row.get(LEVEL);
            var status = row.get(STATUS);
            if (code.isEmpty()) {
                problem(row, UNIT_CODE, "organization.import.required");
            } else if (!code.matches("[0-9A-Za-z_-]{1,20}")) {
                problem(row, UNIT_CODE, "organization.import.codeFormat");
            } else if (seen.containsKey(code)) {
                problem(row, UNIT_CODE, "organization.import.duplicateInFile", seen.get(code));
            }
            seen.putIfAbsent(code, row.number());
            if (name.isEmpty()) {
                problem(row, UNIT_NAME, "organization.import.required");
            } else if (name.length() > 100) {
                problem(row, UNIT_NAME, "organization.import.tooLong", 100);
            }
            if (kana.length() > 200) {
                problem(row, UNIT_KANA, "organization.import.tooLong", 200);
            }
            var category = OrgColumns.parse(OrgColumns.CATEGORY_LABELS, OrgUnitCategory.class, categoryText);
            if (category == null) {
                problem(row, CATEGORY, "organization.import.unknownValue", categoryText,
                        OrgColumns.allowed(OrgColumns.CATEGORY_LABELS));
            }
            var level = OrgColumns.parse(OrgColumns.LEVEL_LABELS, OrgUnitLevel.class, levelText);
            if (level == null) {
                problem(row, LEVEL, "organization.import.unknownValue", levelText,
                        OrgColumns.allowed(OrgColumns.LEVEL_LABELS));
            }
            if (!status.isEmpty() && !status.equals(OrgColumns.ACTIVE) && !status.equals(OrgColumns.INACTIVE)) {
                problem(row, STATUS, "organization.import.unknownValue", status,
                        OrgColumns.ACTIVE + "、" + OrgColumns.INACTIVE);
            }
            if (problems.size() == before) {
                parsed.add(new Parsed(row, code, name, kana, parentCode, category, level,
                        !status.equals(OrgColumns.INACTIVE)));
            }
        }
        // The units as they will be: existing ones described anew, new ones created; parents by code.
        Map<String, OrgUnit> result = new LinkedHashMap<>();
        existing.forEach(unit -> result.put(unit.code(), copy(unit)));
        for (var p : parsed) {
            var current = result.get(p.code());
            if (current == null) {
                result.put(p.code(), new OrgUnit(UUID.randomUUID(), tenantId, null, p.category(), p.level(), p.code(),
                        p.name(), p.kana(), p.active(), null));
            }
        }
        // Every problem of the file in one round: values above, references here, the tree's rules below, each for
        // the rows that passed the step before (a row without a known parent cannot be placed).
        var placeable = new ArrayList<Parsed>();
        for (var p : parsed) {
            UUID parentId = null;
            if (!p.parentCode().isEmpty()) {
                var parent = result.get(p.parentCode());
                if (parent == null) {
                    problem(p.row(), PARENT_CODE, "organization.import.unknownParent", p.parentCode());
                    continue;
                }
                parentId = parent.id();
            }
            var unit = result.get(p.code());
            unit.describe(parentId, p.category(), p.level(), p.code(), p.name(), p.kana());
            if (p.active()) {
                unit.activate();
            } else {
                unit.deactivate();
            }
            placeable.add(p);
        }
        var tree = new OrgTree(result.values());
        for (var p : placeable) {
            var unit = result.get(p.code());
            var decision = tree.canPlace(unit.id(), unit.parentId(), unit.category(), unit.level());
            if (decision instanceof Decision.Refusal refusal) {
                var column = switch (refusal.messageKey()) {
                    case "organization.unit.refused.levelMismatch", "organization.unit.refused.levelAtTop" -> LEVEL;
                    case "organization.unit.refused.categoryMismatch" -> CATEGORY;
                    default -> PARENT_CODE;
                };
                problems.add(RowProblem.of(p.row().number(), column, refusal.messageKey(), refusal.arguments()));
            } else if (!unit.active()) {
                if (!tree.canDeactivate(unit.id()).allowed()) {
                    problem(p.row(), STATUS, "organization.unit.refused.activeChildren");
                } else if (unit.version() != null && activeStaff.applyAsLong(unit.id()) > 0) {
                    problem(p.row(), STATUS, "organization.unit.refused.activeStaff", unit.name());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), 0, 0, 0);
        }
        var original = new HashMap<String, OrgUnit>();
        existing.forEach(unit -> original.put(unit.code(), unit));
        var toWrite = new ArrayList<OrgUnit>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var imported = new java.util.HashSet<String>();
        parsed.forEach(p -> imported.add(p.code()));
        for (var node : tree.nodes()) {
            var unit = node.unit();
            if (!imported.contains(unit.code())) {
                continue;
            }
            var before = original.get(unit.code());
            if (before == null) {
                created++;
                toWrite.add(unit);
            } else if (before.sameAs(unit.parentId(), unit.category(), unit.level(), unit.name(), unit.nameKana(),
                    unit.active())) {
                unchanged++;
            } else {
                updated++;
                toWrite.add(unit);
            }
        }
        return new Plan(toWrite, created, updated, unchanged);
    }

    private static OrgUnit copy(OrgUnit unit) {
        return new OrgUnit(unit.id(), unit.tenantId(), unit.parentId(), unit.category(), unit.level(), unit.code(),
                unit.name(), unit.nameKana(), unit.active(), unit.version());
    }

    private void problem(ImportSheet.SheetRow row, String column, String key, Object... arguments) {
        problems.add(RowProblem.of(row.number(), column, key, arguments));
    }

}
