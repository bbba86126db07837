package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far the tenant's statement covers the standard: for each chapter and for each basic-policy clause that
 * measures carry out, how many applicable measures are implemented, partly implemented or not started, and how
 * many do not apply. A measure that carries out several clauses counts once under each. Immutable.
 *
 * @param chapters one row per chapter, in order
 * @param seedClauses one row per seed clause with at least one measure, in the seed's order
 * @param total every measure once
 */
public record Coverage(List<Row> chapters, List<Row> seedClauses, Row total) {

    public Coverage {
        chapters = List.copyOf(chapters);
        seedClauses = List.copyOf(seedClauses);
    }

    /**
     * The counts of one chapter or clause.
     *
     * @param key the chapter id ({@code MIC-STD-4}) or the clause ({@code 6(2)①})
     * @param link where its measures are listed or, for a clause, where it reads in the basic policy
     */
    public record Row(String key, String title, String titleEn, String link, int implemented, int partial,
            int notStarted, int notApplicable) {

        /** Measures that apply (implemented, partly or not started). */
        public int applicable() {
            return implemented + partial + notStarted;
        }

        public int measures() {
            return applicable() + notApplicable;
        }

        /** Implemented share of the applicable measures, 0 … 1 (0 when nothing applies). */
        public double implementedShare() {
            return share(implemented);
        }

        public double partialShare() {
            return share(partial);
        }

        public double notStartedShare() {
            return share(notStarted);
        }

        /** The implemented share in whole percent, rounded down so that 99.6 % never reads as done. */
        public int implementedPercent() {
            return (int) Math.floor(implementedShare() * 100);
        }

        private double share(int count) {
            return applicable() == 0 ? 0 : (double) count / applicable();
        }

        Row add(ImplementationStatus status) {
            return new Row(key, title, titleEn, link, implemented + (status == ImplementationStatus.IMPLEMENTED ? 1 : 0),
                    partial + (status == ImplementationStatus.PARTIAL ? 1 : 0),
                    notStarted + (status == ImplementationStatus.NOT_STARTED ? 1 : 0),
                    notApplicable + (status == ImplementationStatus.NOT_APPLICABLE ? 1 : 0));
        }
    }

    static Coverage of(Catalogue catalogue, Map<String, ApplicabilityEntry> entries) {
        var chapters = new ArrayList<Row>();
        var total = new Row("total", "合計", "Total", "/catalog", 0, 0, 0, 0);
        for (var chapter : catalogue.chapters()) {
            var row = new Row(chapter.id(), chapter.title(), chapter.titleEn(), "/catalog?chapter=" + chapter.id(), 0, 0,
                    0, 0);
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var status = status(entries, measure.id());
                    row = row.add(status);
                    total = total.add(status);
                }
            }
            chapters.add(row);
        }
        var clauses = new ArrayList<Row>();
        for (var clause : catalogue.seedClauses()) {
            var measures = catalogue.measuresCarryingOut(clause.clause());
            if (measures.isEmpty()) {
                continue;
            }
            var row = new Row(clause.clause(), clause.title(), clause.titleEn(), clause.link(), 0, 0, 0, 0);
            for (var measure : measures) {
                row = row.add(status(entries, measure.id()));
            }
            clauses.add(row);
        }
        return new Coverage(chapters, clauses, total);
    }

    private static ImplementationStatus status(Map<String, ApplicabilityEntry> entries, String measureId) {
        var entry = entries.get(measureId);
        return entry == null ? ImplementationStatus.NOT_STARTED : entry.status();
    }
}
