package jp.mamori.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.organization.UnitSummary;
import jp.mamori.web.Wareki;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The coverage report as a 情報セキュリティ委員会 reads it: an XLSX with a summary sheet (「集計」: counts and the
 * implemented share by chapter of the standard and by clause of the basic policy, with totals) and a detail sheet
 * (「対策別明細」: every measure with its applicability, reason, status, owner, local article and evidence count).
 * Headers in plain Japanese; percentages as real numbers formatted as %, so that the committee can chart them.
 * Written with POI directly because {@link jp.mamori.web.TableExport} writes one flat table. Stateless.
 */
final class CoverageReport {

    static final String SUMMARY = "集計";
    static final String DETAIL = "対策別明細";
    static final List<String> COUNT_HEADERS = List.of("対策数", "適用", "実施済み", "一部実施", "未着手", "非適用", "実施率");
    static final List<String> DETAIL_HEADERS = List.of("章", "節", "対策ID", "対策名", "適用区分", "非適用の理由",
            "実施状況", "担当", "条番号", "証跡数", "基本方針の条項", "対処する脅威", "最終更新");

    /** What the report is about. */
    record Subject(String tenantName, LocalDate asOf, Catalogue catalogue, Coverage coverage,
            Map<String, ApplicabilityEntry> entries, Map<String, Integer> evidence, Map<UUID, UnitSummary> units) {
    }

    private CoverageReport() {
    }

    static void write(Subject s, Wording wording, Wareki wareki, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var styles = new Styles(workbook);
            summary(workbook.createSheet(SUMMARY), s, wareki, styles);
            detail(workbook.createSheet(DETAIL), s, wording, styles);
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, Subject s, Wareki wareki, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, s.tenantName() + " 情報セキュリティ対策基準 実施状況", styles.title);
        cell(sheet.createRow(r++), 0, "基準日: " + wareki.both(s.asOf()) + "　対策基準の版: " + s.catalogue().edition(), null);
        r++;
        cell(sheet.createRow(r++), 0, "1. 対策基準の章別", styles.heading);
        r = table(sheet, r, "章", "章名", s.coverage().chapters(), s.coverage().total(), styles);
        r++;
        cell(sheet.createRow(r++), 0, "2. 基本方針の条項別（一つの対策が複数の条項に対応する場合は各条項で数える）", styles.heading);
        r = table(sheet, r, "条項", "見出し", s.coverage().seedClauses(), null, styles);
        r++;
        cell(sheet.createRow(r++), 0, "実施率 = 実施済み ÷ 適用（非適用を除く）", null);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        for (int c = 2; c < 2 + COUNT_HEADERS.size(); c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static int table(Sheet sheet, int r, String keyHeader, String titleHeader, List<Coverage.Row> rows,
            Coverage.Row total, Styles styles) {
        var header = sheet.createRow(r++);
        cell(header, 0, keyHeader, styles.header);
        cell(header, 1, titleHeader, styles.header);
        for (int i = 0; i < COUNT_HEADERS.size(); i++) {
            cell(header, 2 + i, COUNT_HEADERS.get(i), styles.header);
        }
        for (var row : rows) {
            counts(sheet.createRow(r++), row.key(), row.title(), row, styles, false);
        }
        if (total != null) {
            counts(sheet.createRow(r++), "合計", "", total, styles, true);
        }
        return r;
    }

    private static void counts(Row sheetRow, String key, String title, Coverage.Row row, Styles styles, boolean bold) {
        var text = bold ? styles.boldText : styles.text;
        var number = bold ? styles.boldNumber : styles.number;
        cell(sheetRow, 0, key, text);
        cell(sheetRow, 1, title, text);
        int[] values = {row.measures(), row.applicable(), row.implemented(), row.partial(), row.notStarted(),
            row.notApplicable()};
        for (int i = 0; i < values.length; i++) {
            var c = sheetRow.createCell(2 + i);
            c.setCellValue(values[i]);
            c.setCellStyle(number);
        }
        var share = sheetRow.createCell(2 + values.length);
        share.setCellValue(row.implementedShare());
        share.setCellStyle(bold ? styles.boldPercent : styles.percent);
    }

    private static void detail(Sheet sheet, Subject s, Wording wording, Styles styles) {
        var header = sheet.createRow(0);
        for (int i = 0; i < DETAIL_HEADERS.size(); i++) {
            cell(header, i, DETAIL_HEADERS.get(i), styles.header);
        }
        int r = 1;
        var cat = s.catalogue();
        for (var chapter : cat.chapters()) {
            for (var section : chapter.sections()) {
                for (var measure : section.measures()) {
                    var e = s.entries().get(measure.id());
                    var row = sheet.createRow(r++);
                    int c = 0;
                    cell(row, c++, chapter.id().substring("MIC-STD-".length()) + " " + chapter.title(), styles.text);
                    cell(row, c++, section.id().substring("MIC-STD-".length()) + " " + section.title(), styles.text);
                    cell(row, c++, measure.id(), styles.text);
                    cell(row, c++, measure.title(), styles.text);
                    cell(row, c++, wording.applicability(e.applicability()), styles.text);
                    cell(row, c++, e.reason(), styles.text);
                    cell(row, c++, wording.status(e.status()), styles.text);
                    cell(row, c++, wording.owner(e, s.units()), styles.text);
                    cell(row, c++, e.localArticle(), styles.text);
                    var count = row.createCell(c++);
                    count.setCellValue(s.evidence().getOrDefault(measure.id(), 0));
                    count.setCellStyle(styles.number);
                    cell(row, c++, String.join("、", measure.seedClauses()), styles.text);
                    cell(row, c++, String.join("、", measure.threatIds().stream()
                            .map(t -> cat.threat(t).map(Threat::title).orElse(t)).toList()), styles.text);
                    cell(row, c, e.updatedAt() == null ? "" : e.updatedAt().toLocalDate().toString(), styles.text);
                }
            }
        }
        int[] widths = {26, 30, 16, 34, 8, 30, 10, 24, 14, 8, 18, 40, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, DETAIL_HEADERS.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A text cell (never a formula). */
    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle text;
        final CellStyle boldText;
        final CellStyle number;
        final CellStyle boldNumber;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook workbook) {
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            var bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            boldText = bordered(workbook);
            boldText.setFont(bold);
            number = bordered(workbook);
            boldNumber = bordered(workbook);
            boldNumber.setFont(bold);
            var format = workbook.createDataFormat().getFormat("0.0%");
            percent = bordered(workbook);
            percent.setDataFormat(format);
            boldPercent = bordered(workbook);
            boldPercent.setDataFormat(format);
            boldPercent.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            var style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
