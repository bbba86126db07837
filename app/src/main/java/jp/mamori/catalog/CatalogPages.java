package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.evidence.Evidence;
import jp.mamori.organization.UnitSummary;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the catalogue pages show from the catalogue and the tenant's statement: the searchable tree, a
 * measure's page and the threat catalogue. Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
class CatalogPages {

    /** One measure in the list, with the chapter and section headings to print before it on this page. */
    /** @param doubt why its 非適用 may no longer hold under the tenant's separation model (a message key), or null */
    record Row(Measure measure, Chapter chapter, Section section, ApplicabilityEntry entry, int evidence,
            boolean newChapter, boolean newSection, String doubt) {
    }

    record Page(List<Row> rows, CatalogQuery query, long total) {
        /** The paging of this page, for the shared pager (templates/fragments/pager.html). */
        public ResultPage<Row> paging() {
            return new ResultPage<>(rows, query.page(), query.size(), total);
        }
    }

    /** Everything on one measure page. */
    record MeasurePage(Measure measure, Chapter chapter, Section section, List<SeedClause> seedClauses,
            List<Threat> threats, ApplicabilityEntry entry, List<Evidence> evidence, List<jp.mamori.trail.TrailHistory.Change> history,
            boolean meantForTenant, SeparationModel tenantModel) {
    }

    /** A threat with the measures that address it. */
    record ThreatRow(ThreatGroup group, Threat threat, List<Measure> measures) {
    }

    private final MeasureCatalogue catalogue;
    private final StatementOfApplicability statement;
    private final MeasureEvidence evidence;
    private final MeasureHistory history;
    private final Tenants tenants;

    CatalogPages(MeasureCatalogue catalogue, StatementOfApplicability statement, MeasureEvidence evidence,
            MeasureHistory history, Tenants tenants) {
        this.catalogue = catalogue;
        this.statement = statement;
        this.evidence = evidence;
        this.history = history;
        this.tenants = tenants;
    }

    /** The model of a measure's page; {@code catalog/measure} also shows refused evidence input with its reason. */
    void show(Model model, CurrentUser user, String id) {
        model.addAttribute("page", measure(user.tenantId(), id));
        model.addAttribute("units", units(user.tenantId()));
        model.addAttribute("canEdit", user.can(Permission.CATALOG_EDIT));
        model.addAttribute("maxSize", evidence.maxSize());
        model.addAttribute("extensions", evidence.extensions());
    }

    Page page(UUID tenantId, CatalogQuery query) {
        var entries = statement.entries(tenantId);
        var counts = evidence.counts(tenantId);
        var model = tenants.find(tenantId).map(t -> t.separationModel()).orElse(SeparationModel.ALPHA);
        var cat = catalogue.current();
        var matches = new ArrayList<Row>();
        for (var chapter : cat.chapters()) {
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var entry = entries.get(measure.id());
                    if (query.matches(measure, entry)) {
                        matches.add(new Row(measure, chapter, section, entry, counts.getOrDefault(measure.id(), 0),
                                false, false, SeparationReview.doubt(measure, entry, model)));
                    }
                }
            }
        }
        var from = Math.min(matches.size(), query.page() * query.size());
        var to = Math.min(matches.size(), from + query.size());
        var rows = new ArrayList<Row>();
        String lastChapter = null;
        String lastSection = null;
        for (var row : matches.subList(from, to)) {
            rows.add(new Row(row.measure(), row.chapter(), row.section(), row.entry(), row.evidence(),
                    !row.chapter().id().equals(lastChapter), !row.section().id().equals(lastSection), row.doubt()));
            lastChapter = row.chapter().id();
            lastSection = row.section().id();
        }
        return new Page(rows, query, matches.size());
    }

    MeasurePage measure(UUID tenantId, String id) {
        var cat = catalogue.current();
        var measure = cat.measure(id).orElseThrow(() -> new MeasureNotFound(id));
        var model = tenants.find(tenantId).map(t -> t.separationModel()).orElse(SeparationModel.ALPHA);
        return new MeasurePage(measure, cat.chapter(measure.chapterId()).orElseThrow(),
                cat.section(measure.sectionId()).orElseThrow(),
                measure.seedClauses().stream().map(c -> cat.seedClause(c).orElseThrow()).toList(),
                measure.threatIds().stream().map(t -> cat.threat(t).orElseThrow()).toList(),
                statement.entry(tenantId, id), evidence.of(tenantId, id), history.of(tenantId, id),
                measure.meantFor(model), model);
    }

    List<ThreatRow> threats() {
        var cat = catalogue.current();
        var rows = new ArrayList<ThreatRow>();
        for (var group : cat.threatGroups()) {
            for (var threat : group.threats()) {
                rows.add(new ThreatRow(group, threat, cat.measuresAddressing(threat.id())));
            }
        }
        return rows;
    }

    Map<UUID, UnitSummary> units(UUID tenantId) {
        return statement.units(tenantId);
    }

    List<UnitSummary> activeUnits(UUID tenantId) {
        return statement.activeUnits(tenantId);
    }

    Catalogue catalogue() {
        return catalogue.current();
    }
}
