package jp.mamori.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of several named sheets as a 情報セキュリティ委員会 reads it — a title row, notes, bordered tables with a
 * grey header, totals in bold, column widths, printing landscape on one page width — beside the flat
 * {@link TableExport}. Cells follow {@link SheetCells}: numbers as numbers, {@link Share}s as
 * percentages, dates as date cells, moments in the given zone. Built in memory (committee reports are small), written
 * once; not thread-safe.
 *
 * <pre>{@code
 * var book = ReportWorkbook.inZone(zone);
 * book.sheet("集計").title("実施状況").note("基準日: …").blank().header(List.of("章", "対策数")).row(List.of("1", 12))
 *     .widths(14, 10).landscape();
 * book.write(out);
 * }</pre>
 */
public final class ReportWorkbook {

    /** A fraction shown as a percentage (0.25 → 25.0%), as a number the committee can chart. */
    public record Share(double value) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final SheetCells cells;
    private final Styles styles;

    private ReportWorkbook(ZoneId zone) {
        cells = new SheetCells(workbook, zone);
        styles = new Styles(workbook);
    }

    /** @param zone the zone moments in time are shown in: the tenant's ({@code TenantCalendar.zone}) */
    public static ReportWorkbook inZone(ZoneId zone) {
        return new ReportWorkbook(Objects.requireNonNull(zone, "zone"));
    }

    /** A new sheet after the others. */
    public ReportSheet sheet(String name) {
        return new ReportSheet(workbook.createSheet(name));
    }

    public void write(OutputStream out) throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }

    /** One sheet, filled row by row from the top. */
    public final class ReportSheet {
        private final Sheet sheet;
        private int next;
        private int headerRow = -1;
        private int headerWidth;

        private ReportSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        /** The sheet's title, large and bold. */
        public ReportSheet title(String text) {
            return line(text, styles.title);
        }

        /** A heading above a table. */
        public ReportSheet heading(String text) {
            return line(text, styles.heading);
        }

        /** A line of plain text (a date, a note, a legend). */
        public ReportSheet note(String text) {
            return line(text, null);
        }

        public ReportSheet blank() {
            next++;
            return this;
        }

        /** A table's header row, grey and bordered; {@link #filter} and {@link #freezeHeader} refer to the last one. */
        public ReportSheet header(List<String> headers) {
            headerRow = next;
            headerWidth = headers.size();
            return cells(new ArrayList<>(headers), styles.header);
        }

        /** A bordered table row. */
        public ReportSheet row(List<?> values) {
            return cells(values, styles.text);
        }

        /** A bordered row in bold, for totals. */
        public ReportSheet totalRow(List<?> values) {
            return cells(values, styles.bold);
        }

        /** Column widths in characters, from column A. */
        public ReportSheet widths(int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, characters[i] * 256);
            }
            return this;
        }

        /** Keeps the last header row and the first {@code columns} columns in view when scrolling. */
        public ReportSheet freezeHeader(int columns) {
            sheet.createFreezePane(columns, headerRow + 1);
            return this;
        }

        /** An auto filter over the last header and the rows below it. */
        public ReportSheet filter() {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, headerWidth - 1));
            return this;
        }

        /** Prints landscape, one page wide. */
        public ReportSheet landscape() {
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            return this;
        }

        private ReportSheet line(String text, CellStyle style) {
            return cells(List.of(text), style);
        }

        private ReportSheet cells(List<?> values, CellStyle style) {
            var row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                cells.write(row, i, values.get(i), style);
            }
            return this;
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle text;
        final CellStyle bold;

        Styles(XSSFWorkbook workbook) {
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            var boldFont = workbook.createFont();
            boldFont.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            heading = workbook.createCellStyle();
            heading.setFont(boldFont);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            bold = bordered(workbook);
            bold.setFont(boldFont);
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
