package jp.mamori.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A table read from an uploaded HR export: the header row and the data rows as text. XLSX (first sheet) or
 * CSV in UTF-8 (with or without BOM) or Shift_JIS (windows-31j, as Excel writes it in Japan). Row numbers
 * are those a person sees in Excel: the header is row 1. Immutable.
 */
record ImportTable(List<String> header, List<Row> rows) {

    /** One data row with its number in the file. */
    record Row(int number, List<String> cells) {
        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }
    }

    static final int MAX_ROWS = 20_000;
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** Refused because the file itself cannot be read (not a per-row problem). */
    static final class Unreadable extends Exception {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    static ImportTable read(String fileName, byte[] content) throws Unreadable {
        var lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        if (lower.endsWith(".xlsx") || zip) {
            return xlsx(content);
        }
        return csv(decode(content));
    }

    /** UTF-8 (BOM dropped) when the bytes are valid UTF-8, otherwise windows-31j. */
    static String decode(byte[] content) throws Unreadable {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        var buffer = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException neither) {
                throw new Unreadable("organization.import.unreadable.encoding");
            }
        }
    }

    private static ImportTable csv(String text) throws Unreadable {
        var rows = new ArrayList<Row>();
        List<String> header = null;
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            int number = 0;
            for (var record : parser) {
                number++;
                var cells = new ArrayList<String>();
                record.forEach(value -> cells.add(clean(value)));
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Row(number, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    throw new Unreadable("organization.import.unreadable.tooManyRows");
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Unreadable("organization.import.unreadable.csv");
        }
        if (header == null) {
            throw new Unreadable("organization.import.unreadable.empty");
        }
        return new ImportTable(header, rows);
    }

    private static ImportTable xlsx(byte[] content) throws Unreadable {
        var formatter = new DataFormatter(Locale.JAPAN);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("organization.import.unreadable.empty");
            }
            var sheet = workbook.getSheetAt(0);
            List<String> header = null;
            var rows = new ArrayList<Row>();
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Row(row.getRowNum() + 1, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    throw new Unreadable("organization.import.unreadable.tooManyRows");
                }
            }
            if (header == null) {
                throw new Unreadable("organization.import.unreadable.empty");
            }
            return new ImportTable(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("organization.import.unreadable.xlsx");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return clean(formatter.formatCellValue(cell, null));
        }
        return clean(formatter.formatCellValue(cell));
    }

    /** Trims, and drops the apostrophe our exports put before =, +, - and @ to defuse formulas. */
    static String clean(String value) {
        var trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
            return trimmed.substring(1);
        }
        return trimmed;
    }

    /** The index of a column by its header (exact after trimming), or -1. */
    int column(String name) {
        return header.indexOf(name);
    }
}
