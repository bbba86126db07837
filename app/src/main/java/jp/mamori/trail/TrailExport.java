package jp.mamori.trail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The filtered list as XLSX or CSV, with Japanese headers and times in Japan time and in UTC (ISO 8601).
 * At most {@value #MAX_ROWS} rows, newest first; the XLSX is streamed (SXSSF) so memory stays flat.
 */
@Component
class TrailExport {

    static final int MAX_ROWS = 100_000;

    static final List<String> HEADERS = List.of("連番", "日時（日本時間）", "日時（UTC, ISO 8601）", "操作者の種別", "操作者ID",
            "操作者", "操作", "対象の種類", "対象ID", "概要", "接続元", "要求ID");

    private final TrailQueries queries;

    TrailExport(TrailQueries queries) {
        this.queries = queries;
    }

    void csv(UUID tenantId, TrailFilter filter, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that Excel opens UTF-8 CSV as UTF-8
        var printer = CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get().print(writer);
        var failure = new IOException[1];
        queries.each(tenantId, filter, MAX_ROWS, row -> {
            try {
                printer.printRecord(values(row).stream().map(TrailExport::defused).toList());
            } catch (IOException e) {
                failure[0] = e;
                throw new IllegalStateException(e);
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        printer.flush();
    }

    void xlsx(UUID tenantId, TrailFilter filter, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("監査証跡");
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            for (var i = 0; i < HEADERS.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(headerStyle);
            }
            var next = new int[] {1};
            queries.each(tenantId, filter, MAX_ROWS, row -> {
                var sheetRow = sheet.createRow(next[0]++);
                sheetRow.createCell(0).setCellValue(row.seq());
                var values = values(row);
                for (var i = 1; i < values.size(); i++) {
                    // Text cells, never formulas: what a user typed stays inert.
                    sheetRow.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static List<String> values(TrailRow row) {
        return java.util.Arrays.asList(Long.toString(row.seq()), row.japanTime(), row.utcIso(), row.actorKind(),
                row.actorId(), row.actorName(), row.action(), row.objectType(), row.objectId(), row.summary(),
                row.sourceAddress(), row.requestId());
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
}
