package jp.mamori.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded register (the first sheet of an XLSX, or a CSV) into a header and rows of text by column name,
 * the counterpart of {@link TableExport} for every module's import. CSV is read as UTF-8 (with or without BOM) or,
 * when it is not valid UTF-8, as Shift_JIS (Windows-31J) as Japanese Excel saves it. Row numbers are those a person
 * sees in Excel (the header is row 1); blank rows are skipped. Stateless and thread-safe.
 */
public final class ImportSheet {

    /** One data row: its row number as the user sees it (the header is row 1) and its cells by column name. */
    public record SheetRow(int number, Map<String, String> cells) {
        /** The cell, trimmed, without the apostrophe {@link TableExport} puts before a formula-like value. */
        public String get(String column) {
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
    public record Sheet(List<String> header, List<SheetRow> rows) {
    }

    /** The file is neither an XLSX nor a CSV that can be parsed. */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ImportSheet() {
    }

    public static Sheet read(byte[] content, String fileName) throws Unreadable {
        boolean xlsx = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        try {
            return xlsx ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The hex SHA-256 of an upload, which binds a preview to its confirmation. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
}
