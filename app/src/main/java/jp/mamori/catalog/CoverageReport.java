package jp.mamori.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.organization.UnitSummary;
import jp.mamori.web.Wareki;

import jp.mamori.web.ReportWorkbook;
import jp.mamori.web.ReportWorkbook.Share;

/**
 * The coverage report as a 情報セキュリティ委員会 reads it: an XLSX with a summary sheet (「集計」: counts and the
 * implemented share by chapter of the standard and by clause of the basic policy, with totals) and a detail sheet
 * (「対策別明細」: every measure with its applicability, reason, status, owner, local article and evidence count).
 * Headers in plain Japanese; counts as numbers, percentages as real numbers formatted as %, so that the committee can
 * chart them; the last save as a date cell in the tenant's zone. Built on {@link ReportWorkbook}. Stateless.
 */
final class CoverageReport {

    static final String SUMMARY = "集計";
    static final String DETAIL = "対策別明細";
    static final List<String> COUNT_HEADERS = List.of("対策数", "適用", "実施済み", "一部実施", "未着手", "非適用", "実施率");
    static final List<String> DETAIL_HEADERS = List.of("章", "節", "対策ID", "対策名", "適用区分", "非適用の理由",
            "実施状況", "担当", "条番号", "証跡数", "基本方針の条項", "対処する脅威", "最終更新");

    /** What the report is about; {@code zone} is the tenant's, in which the last saves are dated. */
    record Subject(String tenantName, LocalDate asOf, ZoneId zone, Catalogue catalogue, Coverage coverage,
            Map<String, ApplicabilityEntry> entries, Map<String, Integer> evidence, Map<UUID, UnitSummary> units) {
    }

    private CoverageReport() {
    }

    static void write(Subject s, Wording wording, Wareki wareki, OutputStream out) throws IOException {
        var book = ReportWorkbook.inZone(s.zone());
        summary(book.sheet(SUMMARY), s, wareki);
        detail(book.sheet(DETAIL), s, wording);
        book.write(out);
    }

    private static void summary(ReportWorkbook.ReportSheet sheet, Subject s, Wareki wareki) {
        sheet.title(s.tenantName() + " 情報セキュリティ対策基準 実施状況")
                .note("基準日: " + wareki.both(s.asOf()) + "　対策基準の版: " + s.catalogue().edition())
                .blank()
                .heading("1. 対策基準の章別");
        table(sheet, "章", "章名", s.coverage().chapters(), s.coverage().total());
        sheet.blank().heading("2. 基本方針の条項別（一つの対策が複数の条項に対応する場合は各条項で数える）");
        table(sheet, "条項", "見出し", s.coverage().seedClauses(), null);
        sheet.blank().note("実施率 = 実施済み ÷ 適用（非適用を除く）");
        var widths = new int[2 + COUNT_HEADERS.size()];
        java.util.Arrays.fill(widths, 10);
        widths[0] = 14;
        widths[1] = 44;
        sheet.widths(widths).landscape();
    }

    private static void table(ReportWorkbook.ReportSheet sheet, String keyHeader, String titleHeader,
            List<Coverage.Row> rows, Coverage.Row total) {
        var header = new ArrayList<String>(List.of(keyHeader, titleHeader));
        header.addAll(COUNT_HEADERS);
        sheet.header(header);
        rows.forEach(row -> sheet.row(counts(row.key(), row.title(), row)));
        if (total != null) {
            sheet.totalRow(counts("合計", "", total));
        }
    }

    private static List<Object> counts(String key, String title, Coverage.Row row) {
        return List.of(key, title, row.measures(), row.applicable(), row.implemented(), row.partial(), row.notStarted(),
                row.notApplicable(), new Share(row.implementedShare()));
    }

    private static void detail(ReportWorkbook.ReportSheet sheet, Subject s, Wording wording) {
        sheet.header(DETAIL_HEADERS);
        var cat = s.catalogue();
        for (var chapter : cat.chapters()) {
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var e = s.entries().get(measure.id());
                    var values = new ArrayList<Object>();
                    values.add(chapter.id().substring("MIC-STD-".length()) + " " + chapter.title());
                    values.add(section.id().substring("MIC-STD-".length()) + " " + section.title());
                    values.add(measure.id());
                    values.add(measure.title());
                    values.add(wording.applicability(e.applicability()));
                    values.add(e.reason());
                    values.add(wording.status(e.status()));
                    values.add(wording.owner(e, s.units()));
                    values.add(e.localArticle());
                    values.add(s.evidence().getOrDefault(measure.id(), 0));
                    values.add(String.join("、", measure.seedClauses()));
                    values.add(String.join("、", measure.threatIds().stream()
                            .map(t -> cat.threat(t).map(Threat::title).orElse(t)).toList()));
                    values.add(e.updatedAt() == null ? null
                            : e.updatedAt().atZoneSameInstant(s.zone()).toLocalDate());
                    sheet.row(values);
                }
            }
        }
        sheet.widths(26, 30, 16, 34, 8, 30, 10, 24, 14, 8, 18, 40, 12).freezeHeader(3).filter().landscape();
    }
}
