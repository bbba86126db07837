package jp.mamori.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.mamori.kernel.NotFound;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * One register as a table, written as CSV (UTF-8 with BOM, so that Excel opens it as UTF-8) or as XLSX
 * (streamed with SXSSF, so memory stays flat for any number of rows). Every module's export goes through
 * here, so that CSV-injection defusing, header style and the download headers are the same everywhere.
 * Immutable and thread-safe; the row stream is consumed once per call.
 *
 * <p>Cell values ({@link SheetCells}): numbers become numeric cells, dates date cells, moments in time
 * ({@code Instant}, {@code OffsetDateTime}) date-time cells in the export's zone, everything else text (never a
 * formula); {@code null} an empty cell. In CSV, dates are ISO and moments {@code yyyy-MM-dd HH:mm} in that zone.
 * {@link #timesIn} names the zone — the tenant's, from {@code TenantCalendar.zone} — and states it in the header of
 * every time column, for example 「最終更新（Asia/Tokyo）」. A moment in a column not named there is refused with an
 * {@link IllegalStateException} (issue 19: an export's times were UTC without saying so), so an export that forgets its
 * zone fails in its first test rather than in a clerk's spreadsheet.
 *
 * @param <T> the row type
 */
public final class TableExport<T> {

    /** 18 characters: wide enough for a date, a staff number or a short name, in 1/256 of a character. */
    private static final int COLUMN_WIDTH = 18 * 256;

    private final String sheetName;
    private final List<String> headers;
    private final Function<T, List<?>> cells;
    private final ZoneId zone;
    private final Set<String> timeColumns;

    private TableExport(String sheetName, List<String> headers, Function<T, List<?>> cells, ZoneId zone,
            Set<String> timeColumns) {
        this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        this.headers = List.copyOf(headers);
        this.cells = Objects.requireNonNull(cells, "cells");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.timeColumns = Set.copyOf(timeColumns);
    }

    /**
     * @param sheetName the XLSX sheet's name, for example 「対策基準」
     * @param headers column headers in the order {@code cells} returns values
     * @param cells one row's values; {@code null} elements allowed
     */
    public static <T> TableExport<T> of(String sheetName, List<String> headers, Function<T, List<?>> cells) {
        return new TableExport<>(sheetName, headers, cells, ZoneOffset.UTC, Set.of());
    }

    /**
     * The same table with its moments in {@code zone}, stated in the header of each of {@code timeColumns} (headers
     * as given to {@link #of}).
     */
    public TableExport<T> timesIn(ZoneId zone, String... timeColumns) {
        var columns = Set.of(timeColumns);
        if (!headers.containsAll(columns)) {
            throw new IllegalArgumentException("no such column: " + columns);
        }
        return new TableExport<>(sheetName, headers, cells, zone, columns);
    }

    /** The row's values, once each moment is known to sit in a column that states its zone. */
    private List<?> checked(List<?> values) {
        for (var i = 0; i < values.size() && i < headers.size(); i++) {
            var value = values.get(i);
            if ((value instanceof java.time.Instant || value instanceof java.time.OffsetDateTime
                    || value instanceof java.time.ZonedDateTime) && !timeColumns.contains(headers.get(i))) {
                throw new IllegalStateException("column \"" + headers.get(i) + "\" of \"" + sheetName
                        + "\" holds a moment in time: name the tenant's zone with timesIn(zone, \"" + headers.get(i)
                        + "\")");
            }
        }
        return values;
    }

    /** The headers as written: each time column says its zone. */
    public List<String> writtenHeaders() {
        return headers.stream().map(h -> timeColumns.contains(h) ? h + "（" + zone.getId() + "）" : h).toList();
    }

    /**
     * Where rows come from: a stream's or list's {@code forEach}, or a query that hands rows to a callback one at a
     * time (so that a large register is never held in memory).
     */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<? super T> sink);
    }

    public void write(ExportFormat format, Stream<T> rows, OutputStream out) throws IOException {
        write(format, rows::forEach, out);
    }

    public void write(ExportFormat format, Rows<T> rows, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(rows, out);
        } else {
            xlsx(rows, out);
        }
    }

    /** The whole file in memory; for small registers and tests. */
    public byte[] bytes(ExportFormat format, Rows<T> rows) {
        var out = new ByteArrayOutputStream();
        try {
            write(format, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void csv(Stream<T> rows, OutputStream out) throws IOException {
        csv(rows::forEach, out);
    }

    public void xlsx(Stream<T> rows, OutputStream out) throws IOException {
        xlsx(rows::forEach, out);
    }

    public void csv(Rows<T> rows, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var printer = CSVFormat.EXCEL.builder().setHeader(writtenHeaders().toArray(String[]::new)).get().print(writer);
        try {
            rows.forEach(row -> {
                try {
                    printer.printRecord(checked(cells.apply(row)).stream().map(v -> SheetCells.text(v, zone))
                            .map(TableExport::defused).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    public void xlsx(Rows<T> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheetCells = new SheetCells(workbook, zone);
            var sheet = workbook.createSheet(sheetName);
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            var written = writtenHeaders();
            for (var i = 0; i < written.size(); i++) {
                sheetCells.write(header, i, written.get(i), headerStyle);
            }
            var next = new int[] {1};
            rows.forEach(row -> {
                var sheetRow = sheet.createRow(next[0]++);
                var values = checked(cells.apply(row));
                for (var i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        sheetCells.write(sheetRow, i, values.get(i), null);
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            for (var i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The most data rows of a template that carry its drop-down lists. */
    static final int TEMPLATE_ROWS = 10_000;
    static final String EXAMPLE_SHEET = "記入例";

    /**
     * A blank import template: the header alone (so that nothing but what the user types is imported). As XLSX, the
     * columns in {@code choices} offer drop-down lists of their allowed values (Excel refuses anything else typed
     * there), and a second sheet 「記入例」, which the import never reads, shows {@code example} under the header and
     * lists the allowed values. As CSV, the header only.
     *
     * @param example one filled-in row, in the order of the headers
     * @param choices allowed values by column header; each list at most 255 characters joined (Excel's limit)
     */
    public void template(ExportFormat format, List<?> example, java.util.Map<String, List<String>> choices,
            OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(sink -> { }, out);
            return;
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheetCells = new SheetCells(workbook, zone);
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var written = writtenHeaders();
            var sheet = workbook.createSheet(sheetName);
            var exampleSheet = workbook.createSheet(EXAMPLE_SHEET);
            var header = sheet.createRow(0);
            var exampleHeader = exampleSheet.createRow(0);
            var exampleRow = exampleSheet.createRow(1);
            for (var i = 0; i < written.size(); i++) {
                sheetCells.write(header, i, written.get(i), headerStyle);
                sheetCells.write(exampleHeader, i, written.get(i), headerStyle);
                if (i < example.size() && example.get(i) != null) {
                    sheetCells.write(exampleRow, i, example.get(i), null);
                }
                sheet.setColumnWidth(i, COLUMN_WIDTH);
                exampleSheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            var validations = sheet.getDataValidationHelper();
            int line = 3;
            for (var choice : choices.entrySet()) {
                int column = headers.indexOf(choice.getKey());
                if (column < 0) {
                    throw new IllegalArgumentException("no such column: " + choice.getKey());
                }
                var constraint = validations.createExplicitListConstraint(choice.getValue().toArray(String[]::new));
                var range = new org.apache.poi.ss.util.CellRangeAddressList(1, TEMPLATE_ROWS, column, column);
                var validation = validations.createValidation(constraint, range);
                validation.setShowErrorBox(true);
                validation.setSuppressDropDownArrow(true);
                validation.createErrorBox(choice.getKey(), "選べる値: " + String.join("、", choice.getValue()));
                sheet.addValidationData(validation);
                sheetCells.write(exampleSheet.createRow(line++), 0,
                        choice.getKey() + " の選べる値: " + String.join("、", choice.getValue()), null);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /**
     * A download response: the content type of the format and a {@code Content-Disposition} with an ASCII
     * name for old clients and the Japanese name (RFC 6266 {@code filename*}) for the rest.
     *
     * @param baseName the file name without extension, for example 「対策基準_適用宣言書」
     * @param asciiBaseName the fallback, for example {@code "statement-of-applicability"}
     */
    public static ResponseEntity<StreamingResponseBody> download(ExportFormat format, String baseName,
            String asciiBaseName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(baseName + "." + format.extension(),
                        asciiBaseName + "." + format.extension()))
                .body(body);
    }

    /** The {@code Content-Disposition} value for an attachment with a possibly non-ASCII name. */
    public static String attachment(String name, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** CSV injection: a cell that a spreadsheet would read as a formula gets a leading apostrophe. */
    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The two export formats; {@link #parse} maps a path or query value, anything else is a 404. */
    public enum ExportFormat {
        CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)),
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        private final String extension;
        private final MediaType mediaType;

        ExportFormat(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public MediaType mediaType() {
            return mediaType;
        }

        public static ExportFormat parse(String value) {
            for (var format : values()) {
                if (format.extension.equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new NotFound("export format " + value);
        }
    }
}
