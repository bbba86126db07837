package jp.mamori.asset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Reads and writes the register layout as XLSX and CSV. CSV is read as UTF-8 (with or without BOM) or, when it is
 * not valid UTF-8, as Shift_JIS (Windows-31J) as Japanese Excel saves it; CSV is written as UTF-8 with a BOM so
 * that Excel opens it correctly. Stateless and thread-safe.
 */
final class AssetSheets {

    /** One data row: its row number as the user sees it (the header is row 1) and its cells by column name. */
    record SheetRow(int number, Map<String, String> cells) {
        String get(String column) {
            var v = cells.get(column);
            if (v == null) {
                return "";
            }
            v = v.strip();
            // Undo the export's formula guard: '=… was written for =….
            return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
        }
    }

    /** A sheet that could be read: its header and rows. */
    record Sheet(List<String> header, List<SheetRow> rows) {
    }

    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AssetSheets() {
    }

    static Sheet read(byte[] content, String fileName) throws Unreadable {
        boolean xlsx = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        try {
            return xlsx ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static Sheet readXlsx(byte[] content) throws IOException {
        var formatter = new DataFormatter(java.util.Locale.JAPAN);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            var header = new ArrayList<String>();
            var rows = new ArrayList<SheetRow>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (Cell cell : row) {
                        while (header.size() < cell.getColumnIndex()) {
                            header.add("");
                        }
                        header.add(formatter.formatCellValue(cell).strip());
                    }
                    continue;
                }
                var cells = new LinkedHashMap<String, String>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    var cell = row.getCell(i);
                    var value = cell == null ? "" : formatter.formatCellValue(cell);
                    any |= !value.isBlank();
                    cells.put(header.get(i), value);
                }
                if (any) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return new Sheet(header, rows);
        }
    }

    private static Sheet readCsv(byte[] content) throws IOException {
        var text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(false).get();
        try (var parser = format.parse(new StringReader(text))) {
            var header = parser.getHeaderNames().stream().map(String::strip).toList();
            var rows = new ArrayList<SheetRow>();
            for (var record : parser) {
                var cells = new LinkedHashMap<String, String>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    var value = i < record.size() ? record.get(i) : "";
                    any |= !value.isBlank();
                    cells.put(header.get(i), value);
                }
                if (any) {
                    rows.add(new SheetRow((int) record.getRecordNumber() + 1, cells));
                }
            }
            return new Sheet(header, rows);
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-31j"));
        }
    }

    /** Writes rows (each a list of cell values in {@code header} order) as XLSX, streaming. */
    static void writeXlsx(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("情報資産台帳");
            var bold = workbook.createFont();
            bold.setBold(true);
            var headStyle = workbook.createCellStyle();
            headStyle.setFont(bold);
            var head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(headStyle);
            }
            int r = 1;
            for (var values : rows) {
                var row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    var v = values.get(i);
                    // Text cells only: a leading "=" stays text and never becomes a formula (CSV/formula injection).
                    row.createCell(i).setCellValue(v == null ? "" : v);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Writes rows as CSV in UTF-8 with a BOM; cells that a spreadsheet would run as a formula get a leading '. */
    static void writeCsv(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (var values : rows) {
                printer.printRecord(values.stream().map(AssetSheets::defuse).toList());
            }
        }
    }

    static String defuse(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
