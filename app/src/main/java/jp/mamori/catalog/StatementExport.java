package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.web.TableExport;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of applicability as one table (適用宣言書), every measure in catalogue order, for CSV and XLSX
 * through {@link TableExport}. Thread-safe.
 */
@Component
@Transactional(readOnly = true)
class StatementExport {

    static final List<String> HEADERS = List.of("対策ID", "章", "節", "対策名", "適用区分", "非適用の理由", "実施状況",
            "担当", "条番号", "備考", "証跡数", "基本方針の条項", "版");

    static final TableExport<List<Object>> TABLE = TableExport.of("適用宣言書", HEADERS, row -> row);

    private final MeasureCatalogue catalogue;
    private final StatementOfApplicability statement;
    private final MeasureEvidence evidence;
    private final Wording wording;

    StatementExport(MeasureCatalogue catalogue, StatementOfApplicability statement, MeasureEvidence evidence,
            Wording wording) {
        this.catalogue = catalogue;
        this.statement = statement;
        this.evidence = evidence;
        this.wording = wording;
    }

    List<List<Object>> rows(UUID tenantId) {
        var entries = statement.entries(tenantId);
        var counts = evidence.counts(tenantId);
        var units = statement.units(tenantId);
        var cat = catalogue.current();
        var rows = new ArrayList<List<Object>>();
        for (var chapter : cat.chapters()) {
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var e = entries.get(measure.id());
                    rows.add(List.of(measure.id(), chapter.title(), section.title(), measure.title(),
                            wording.applicability(e.applicability()), e.reason(), wording.status(e.status()),
                            wording.owner(e, units), e.localArticle(), e.notes(), counts.getOrDefault(measure.id(), 0),
                            String.join("、", measure.seedClauses()), cat.edition()));
                }
            }
        }
        return rows;
    }
}
