package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.importing.ImportPlan;
import jp.mamori.importing.RowProblem;
import jp.mamori.importing.SheetImport;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.UnitSummary;
import jp.mamori.web.ImportSheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of the statement of applicability from the layout {@link StatementExport} writes, so that the export
 * edited in Excel comes back unchanged. Rows are keyed by 対策ID; 適用区分, 非適用の理由, 実施状況, 担当, 条番号 and 備考
 * are read, the other columns are for the reader and ignored (版 must be the current edition). Every row is checked
 * per column; only a file without a single problem is applied, through
 * {@link StatementOfApplicability#importLines}, in the pipeline's transaction. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
class StatementImport implements SheetImport<StatementImport.Plan> {

    /** A statement of ~150 measures is some 30 KB as XLSX; anything near this is not a statement. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    static final String ID = "対策ID";
    static final String APPLICABILITY = "適用区分";
    static final String REASON = "非適用の理由";
    static final String STATUS = "実施状況";
    static final String OWNER = "担当";
    static final String ARTICLE = "条番号";
    static final String NOTES = "備考";
    static final String EDITION = "版";

    /** One changed column of a row, in the file's words. */
    record Difference(String column, String before, String after) {
    }

    /** A row that changes its measure's line: what it would set and the version it was compared with. */
    record Changed(int row, String measureId, String title, List<Difference> differences,
            StatementOfApplicability.ImportedLine line) {
    }

    /** What a file would do: the problems, or the changed rows and the count of unchanged ones. */
    record Plan(int rows, List<RowProblem> problems, List<Changed> changes, int unchanged) implements ImportPlan {
        @Override
        public int changed() {
            return changes.size();
        }

        /**
         * The lines the file changes with their versions: a line saved by someone else since the preview, or one that
         * differs now only because of such an edit, gives another basis and refuses the confirmation.
         */
        @Override
        public String basis() {
            return changes.stream().map(c -> c.measureId() + "@" + c.line().version()).sorted()
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private final MeasureCatalogue catalogue;
    private final StatementOfApplicability statement;
    private final Wording wording;

    StatementImport(MeasureCatalogue catalogue, StatementOfApplicability statement, Wording wording) {
        this.catalogue = catalogue;
        this.statement = statement;
        this.wording = wording;
    }

    @Override
    public String kind() {
        return "catalog.statement";
    }

    @Override
    public int maxBytes() {
        return MAX_BYTES;
    }

    /** The statement's own words for a conflict and a file that is too large (both point to its export). */
    @Override
    public String wording(String pipelineKey) {
        return switch (pipelineKey) {
            case "importing.conflict" -> "catalog.import.conflict";
            case "importing.unreadable.tooLarge" -> "catalog.import.tooLarge";
            default -> pipelineKey;
        };
    }

    /** Checks a sheet against the tenant's current statement and says what importing it would do; writes nothing. */
    @Override
    public Plan plan(UUID tenantId, ImportSheet.Sheet sheet) {
        return new Planner(tenantId).plan(sheet);
    }

    /**
     * Applies a valid plan, all of it or nothing: each line with the version it was planned against, so that a line
     * saved by someone else meanwhile refuses the whole import with {@link jp.mamori.kernel.EditConflict}.
     */
    @Override
    @Transactional
    public void apply(UUID tenantId, Plan plan, String fileName) {
        if (!plan.valid()) {
            throw new CatalogRefused("catalog.import.invalid");
        }
        var lines = new LinkedHashMap<String, StatementOfApplicability.ImportedLine>();
        plan.changes().forEach(change -> lines.put(change.measureId(), change.line()));
        statement.importLines(tenantId, lines, fileName, plan.rows());
    }

    /** One check of one sheet against the tenant's statement as it is now. */
    private final class Planner {
        private final Map<String, ApplicabilityEntry> current;
        private final Map<UUID, UnitSummary> units;
        private final Map<String, Applicability> applicabilities = new HashMap<>();
        private final Map<String, ImplementationStatus> statuses = new HashMap<>();
        private final Map<String, SecurityRole> roles = new HashMap<>();
        private final Map<String, List<UnitSummary>> unitsByKey = new HashMap<>();
        private final List<RowProblem> problems = new ArrayList<>();

        Planner(UUID tenantId) {
            current = statement.entries(tenantId);
            units = statement.units(tenantId);
            for (var a : Applicability.values()) {
                applicabilities.put(wording.applicability(a), a);
                applicabilities.put(a.name(), a);
            }
            for (var s : ImplementationStatus.values()) {
                statuses.put(wording.status(s), s);
                statuses.put(s.name(), s);
            }
            for (var r : SecurityRole.values()) {
                roles.put(wording.role(r), r);
                roles.put(r.name(), r);
            }
            for (var unit : units.values()) {
                unitsByKey.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(unit);
                if (!unit.name().equals(unit.code())) {
                    unitsByKey.computeIfAbsent(unit.name(), k -> new ArrayList<>()).add(unit);
                }
            }
        }

        Plan plan(ImportSheet.Sheet sheet) {
            if (!header(sheet.header())) {
                return new Plan(0, problems, List.of(), 0);
            }
            if (sheet.rows().isEmpty()) {
                problems.add(RowProblem.of(2, ID, "catalog.import.error.noRows"));
                return new Plan(0, problems, List.of(), 0);
            }
            var changes = new ArrayList<Changed>();
            var seen = new HashMap<String, Integer>();
            int unchanged = 0;
            for (var row : sheet.rows()) {
                var id = row.get(ID);
                if (id.isEmpty()) {
                    problem(row, ID, "catalog.import.error.required");
                    continue;
                }
                var measure = catalogue.measure(id);
                if (measure.isEmpty()) {
                    problem(row, ID, "catalog.import.error.unknownMeasure", id);
                    continue;
                }
                var first = seen.putIfAbsent(id, row.number());
                if (first != null) {
                    problem(row, ID, "catalog.import.error.duplicate", id, first);
                    continue;
                }
                var before = current.get(id);
                var change = change(row, before);
                if (change == null) {
                    continue;
                }
                var differences = differences(before, change.applyTo(before));
                if (differences.isEmpty()) {
                    unchanged++;
                } else {
                    changes.add(new Changed(row.number(), id, measure.get().title(), differences,
                            new StatementOfApplicability.ImportedLine(before.version(), change)));
                }
            }
            return new Plan(sheet.rows().size(), problems, changes, unchanged);
        }

        /** The header must be the export's, column for column (trailing empty cells aside). */
        private boolean header(List<String> header) {
            var found = new ArrayList<>(header);
            while (!found.isEmpty() && found.get(found.size() - 1).isBlank()) {
                found.remove(found.size() - 1);
            }
            var expected = StatementExport.HEADERS;
            for (int i = 0; i < Math.max(expected.size(), found.size()); i++) {
                var want = i < expected.size() ? expected.get(i) : "";
                var got = i < found.size() ? found.get(i) : "";
                if (!want.equals(got)) {
                    problems.add(RowProblem.of(1, column(i) + "（" + (want.isEmpty() ? got : want) + "）",
                            "catalog.import.error.header", want, got));
                }
            }
            return problems.isEmpty();
        }

        /** The change a row asks for, or null when it has a problem (each one recorded). */
        private ApplicabilityEntry.Change change(ImportSheet.SheetRow row, ApplicabilityEntry before) {
            int problemsBefore = problems.size();
            var applicability = word(row, APPLICABILITY, applicabilities);
            var reason = text(row, REASON, ApplicabilityEntry.MAX_REASON);
            var statusText = row.get(STATUS);
            ImplementationStatus status = null;
            if (statusText.isEmpty() && applicability == Applicability.NOT_APPLICABLE) {
                status = ImplementationStatus.NOT_APPLICABLE;
            } else {
                status = word(row, STATUS, statuses);
            }
            if (applicability == Applicability.NOT_APPLICABLE && reason.isEmpty()) {
                problem(row, REASON, "catalog.refused.reasonRequired");
            }
            if (applicability != null && status != null
                    && (applicability == Applicability.NOT_APPLICABLE) != (status == ImplementationStatus.NOT_APPLICABLE)) {
                problem(row, STATUS, applicability == Applicability.NOT_APPLICABLE
                        ? "catalog.refused.statusOfNotApplicable" : "catalog.refused.statusOfApplicable");
            }
            var owner = owner(row, before);
            var article = text(row, ARTICLE, ApplicabilityEntry.MAX_ARTICLE);
            var notes = text(row, NOTES, ApplicabilityEntry.MAX_NOTES);
            var edition = row.get(EDITION);
            if (!edition.isEmpty() && !edition.equals(catalogue.edition())) {
                problem(row, EDITION, "catalog.import.error.edition", edition, catalogue.edition());
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new ApplicabilityEntry.Change(applicability, reason, status, owner.role(), owner.unitId(), article,
                    notes);
        }

        private record Owner(SecurityRole role, UUID unitId) {
        }

        /** 担当 as the export writes it: a role's name or a unit's name; a unit's code is accepted too. */
        private Owner owner(ImportSheet.SheetRow row, ApplicabilityEntry before) {
            var text = row.get(OWNER);
            if (text.isEmpty()) {
                return new Owner(null, null);
            }
            var role = roles.get(text);
            if (role != null) {
                return new Owner(role, null);
            }
            var candidates = unitsByKey.getOrDefault(text, List.of());
            // Two units of one name: keep the line's owner when it is one of them (the export wrote its name).
            var unit = candidates.size() == 1 ? candidates.get(0) : candidates.stream()
                    .filter(u -> u.id().equals(before.ownerUnitId())).findFirst().orElse(null);
            if (unit == null) {
                problem(row, OWNER, candidates.isEmpty() ? "catalog.import.error.unknownOwner"
                        : "catalog.import.error.ambiguousOwner", text);
                return new Owner(null, null);
            }
            if (!unit.active() && !unit.id().equals(before.ownerUnitId())) {
                problem(row, OWNER, "catalog.import.error.abolishedUnit", text);
            }
            return new Owner(null, unit.id());
        }

        private <T> T word(ImportSheet.SheetRow row, String column, Map<String, T> words) {
            var text = row.get(column);
            if (text.isEmpty()) {
                problem(row, column, "catalog.import.error.required");
                return null;
            }
            var value = words.get(text);
            if (value == null) {
                problem(row, column, "catalog.import.error.invalid", text, String.join("、", words.keySet()));
            }
            return value;
        }

        private String text(ImportSheet.SheetRow row, String column, int max) {
            var text = row.get(column);
            if (text.length() > max) {
                problem(row, column, "catalog.import.error.tooLong", max);
            }
            return text;
        }

        private void problem(ImportSheet.SheetRow row, String column, String key, Object... arguments) {
            problems.add(RowProblem.of(row.number(), column, key, arguments));
        }

        /** The columns a row changes, in the export's words. */
        private List<Difference> differences(ApplicabilityEntry before, ApplicabilityEntry after) {
            var list = new ArrayList<Difference>();
            diff(list, APPLICABILITY, wording.applicability(before.applicability()),
                    wording.applicability(after.applicability()));
            diff(list, REASON, before.reason(), after.reason());
            diff(list, STATUS, wording.status(before.status()), wording.status(after.status()));
            if (!Objects.equals(before.ownerRole(), after.ownerRole())
                    || !Objects.equals(before.ownerUnitId(), after.ownerUnitId())) {
                list.add(new Difference(OWNER, wording.owner(before, units), wording.owner(after, units)));
            }
            diff(list, ARTICLE, before.localArticle(), after.localArticle());
            diff(list, NOTES, before.notes(), after.notes());
            return list;
        }

        private static void diff(List<Difference> list, String column, String before, String after) {
            if (!before.equals(after)) {
                list.add(new Difference(column, before, after));
            }
        }
    }

    /** The spreadsheet's column letter of a 0-based index (A, B, …, Z, AA). */
    static String column(int index) {
        var letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
