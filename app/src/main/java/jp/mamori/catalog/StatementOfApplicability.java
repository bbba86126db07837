package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.organization.Organization;
import jp.mamori.organization.UnitSummary;
import jp.mamori.trail.Trail;
import jp.mamori.kernel.EditConflict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for the tenant's statement of applicability (適用宣言書): read each measure's line, change it, and
 * compute the coverage of the standard's chapters and the basic policy's clauses. A change runs in one
 * transaction with exactly one trail entry, on the measure, which is also its history. Refusals are {@link CatalogRefused} (422), a
 * stale version an {@link EditConflict} (409), an unknown measure {@link MeasureNotFound} (404). Thread-safe.
 */
@Service
@Transactional
public class StatementOfApplicability {

    private final MeasureCatalogue catalogue;
    private final ApplicabilityEntries entries;
    private final Organization organization;
    private final Wording wording;
    private final Trail trail;

    StatementOfApplicability(MeasureCatalogue catalogue, ApplicabilityEntries entries, Organization organization,
            Wording wording, Trail trail) {
        this.catalogue = catalogue;
        this.entries = entries;
        this.organization = organization;
        this.wording = wording;
        this.trail = trail;
    }

    /** The tenant's line for a measure (適用, 未着手 at version 0 while never saved). */
    @Transactional(readOnly = true)
    public ApplicabilityEntry entry(UUID tenantId, String measureId) {
        var measure = catalogue.measure(measureId).orElseThrow(() -> new MeasureNotFound(measureId));
        return entries.find(tenantId, measure.id()).orElseGet(() -> ApplicabilityEntry.initial(measure.id()));
    }

    /** Every measure's line, in catalogue order. */
    @Transactional(readOnly = true)
    public Map<String, ApplicabilityEntry> entries(UUID tenantId) {
        var saved = entries.all(tenantId);
        var all = new LinkedHashMap<String, ApplicabilityEntry>();
        for (var measure : catalogue.measures()) {
            all.put(measure.id(), saved.getOrDefault(measure.id(), ApplicabilityEntry.initial(measure.id())));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public Coverage coverage(UUID tenantId) {
        return Coverage.of(catalogue.current(), entries(tenantId));
    }

    /**
     * Sets a measure's line from the version the user read. The owner unit must be one of the tenant's units.
     */
    public ApplicabilityEntry update(UUID tenantId, String measureId, long version, ApplicabilityEntry.Change change) {
        var before = entry(tenantId, measureId);
        return save(tenantId, before, version, change, units(tenantId), "");
    }

    /** One line of an import: the change and the version the importer saw at the preview. */
    record ImportedLine(long version, ApplicabilityEntry.Change change) {
    }

    /**
     * Sets many lines at once (an import), all or nothing: each changed line goes through the same checks, history
     * row and trail entry as an edit on the form, and the import gets one trail entry of its own. Lines equal to what
     * is stored are skipped; a line saved by someone else since the preview (its version moved on) refuses the whole
     * import with an {@link EditConflict}. Returns the measure ids changed.
     */
    List<String> importLines(UUID tenantId, Map<String, ImportedLine> lines, String source, int rows) {
        var units = units(tenantId);
        var current = entries(tenantId);
        var changed = new ArrayList<String>();
        for (var line : lines.entrySet()) {
            var before = current.get(line.getKey());
            if (before == null) {
                throw new MeasureNotFound(line.getKey());
            }
            if (describe(before, line.getValue().change().applyTo(before), units).isEmpty()) {
                continue;
            }
            save(tenantId, before, line.getValue().version(), line.getValue().change(), units,
                    "（" + source + " から取り込み）");
            changed.add(line.getKey());
        }
        trail.record(tenantId, "catalog.applicability.imported", "StatementOfApplicability", "-",
                source + " から取り込み: " + rows + " 行、" + changed.size() + " 件を変更、" + (rows - changed.size())
                        + " 件は変更なし" + (changed.isEmpty() ? "" : "（"
                        + String.join(", ", changed.subList(0, Math.min(20, changed.size())))
                        + (changed.size() > 20 ? " ほか" : "") + "）"));
        return changed;
    }

    /** The one path of every change: version check, the line's rules, the owner, and the trail entry (the history). */
    private ApplicabilityEntry save(UUID tenantId, ApplicabilityEntry before, long version,
            ApplicabilityEntry.Change change, Map<UUID, UnitSummary> units, String via) {
        var measureId = before.measureId();
        if (before.version() != version) {
            throw new EditConflict("statement line " + measureId + " is at version " + before.version() + ", not " + version);
        }
        var after = change.applyTo(before);
        after.check().orThrow(CatalogRefused::new);
        if (after.ownerUnitId() != null && !units.containsKey(after.ownerUnitId())) {
            throw new CatalogRefused("catalog.refused.unknownUnit");
        }
        var saved = entries.save(tenantId, catalogue.edition(), after);
        var summary = describe(before, saved, units);
        trail.record(tenantId, "catalog.applicability.updated", "Measure", measureId, measureId + " " + summary + via);
        return saved;
    }

    /** The tenant's units by id (abolished ones included, so that old owners still show a name). */
    Map<UUID, UnitSummary> units(UUID tenantId) {
        return organization.units(tenantId).stream()
                .collect(Collectors.toMap(UnitSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** What changed, in Japanese, for the history and the trail; empty when nothing did. */
    String describe(ApplicabilityEntry before, ApplicabilityEntry after, Map<UUID, UnitSummary> units) {
        var parts = new ArrayList<String>();
        if (before.applicability() != after.applicability()) {
            parts.add("適用区分 " + wording.applicability(before.applicability()) + " → "
                    + wording.applicability(after.applicability()));
        }
        if (!before.reason().equals(after.reason())) {
            parts.add("非適用の理由 「" + after.reason() + "」");
        }
        if (before.status() != after.status()) {
            parts.add("実施状況 " + wording.status(before.status()) + " → " + wording.status(after.status()));
        }
        if (!Objects.equals(before.ownerRole(), after.ownerRole())
                || !Objects.equals(before.ownerUnitId(), after.ownerUnitId())) {
            parts.add("担当 " + blank(wording.owner(before, units)) + " → " + blank(wording.owner(after, units)));
        }
        if (!before.localArticle().equals(after.localArticle())) {
            parts.add("条番号 " + blank(before.localArticle()) + " → " + blank(after.localArticle()));
        }
        if (!before.notes().equals(after.notes())) {
            parts.add("備考を変更");
        }
        return String.join("、", parts);
    }

    private static String blank(String value) {
        return value.isEmpty() ? "（なし）" : value;
    }

    List<UnitSummary> activeUnits(UUID tenantId) {
        return organization.units(tenantId).stream().filter(UnitSummary::active).toList();
    }
}
