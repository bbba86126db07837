package jp.mamori.web;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded register (the first sheet of an XLSX, or a CSV) into a header and rows of text by column name,
 * the counterpart of {@link TableExport} for every module's import (assets, statement of applicability, units and
 * staff). CSV is read as UTF-8 (with or without BOM) or, when it is not valid UTF-8, as Shift_JIS (Windows-31J) as
 * Japanese Excel saves it; bytes that are neither are refused rather than read as garbled text. Row numbers are those
 * a person sees in Excel (the header is row 1), also when blank rows are skipped. An XLSX date cell reads as
 * {@code yyyy-MM-dd} whatever its display format. When a header repeats, the first column of that name counts.
 * Stateless and thread-safe.
 */
public final class ImportSheet {

    /** One data row: its row number as the user sees it (the header is row 1) and its cells by column name. */
    public record SheetRow(int number, Map<String, String> cells) {
        /** The cell, trimmed, without the apostrophe {@link TableExport} puts before a formula-like value. */
        public String get(String column) {
            return clean(cells.get(column));
        }
    }

    /**
     * Trims, and undoes {@link TableExport}'s formula guard: {@code '=…} was written for {@code =…} (likewise
     * {@code + - @} and a leading tab or carriage return, which the import trims anyway).
     */
    public static String clean(String value) {
        var v = value == null ? "" : value.strip();
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            return v.substring(1).strip();
        }
        return v;
    }

    /** A sheet that could be read: its header and rows. */
    public record Sheet(List<String> header, List<SheetRow> rows) {
    }

    /** The file is neither an XLSX nor a CSV that can be parsed. */
    public static final class Unreadable extends Exception {
        private final Reason reason;

        Unreadable(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        /** Why, so that an import can tell the user in its own words. */
        public Reason reason() {
            return reason;
        }
    }

    /** Why a file could not be read. */
    public enum Reason {
        /** Neither valid UTF-8 nor valid Shift_JIS. */
        ENCODING,
        /** Not parseable as CSV (e.g. an unclosed quote). */
        CSV,
        /** Named .xlsx or a ZIP, but not a workbook POI can open. */
        XLSX
    }

    private ImportSheet() {
    }

    public static Sheet read(byte[] content, String fileName) throws Unreadable {
        boolean xlsx = content.length > 4 && content[0] == 'P' && content[1] == 'K'
                || fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        try {
            return xlsx ? readXlsx(content) : readCsv(decode(content, fileName));
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(xlsx ? Reason.XLSX : Reason.CSV, "cannot read " + fileName + ": " + e.getMessage(), e);
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
                        header.add(clean(formatter.formatCellValue(cell)));
                    }
                    continue;
                }
                var values = new ArrayList<String>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    values.add(text(row.getCell(i), formatter));
                }
                row(header, row.getRowNum() + 1, values, new Rows() {
                    @Override
                    public void header(List<String> names) {
                    }

                    @Override
                    public void row(SheetRow sheetRow) {
                        rows.add(sheetRow);
                    }
                });
            }
            return new Sheet(header, rows);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        // A date typed in Excel: its display format depends on the PC, the value does not.
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell);
    }

    private static Sheet readCsv(String text) throws IOException {
        var rows = new ArrayList<SheetRow>();
        var header = new ArrayList<String>();
        csv(new StringReader(text), new Rows() {
            @Override
            public void header(List<String> names) {
                header.addAll(names);
            }

            @Override
            public void row(SheetRow row) {
                rows.add(row);
            }
        });
        return new Sheet(header, rows);
    }

    /** Parses CSV one record at a time, so that the caller decides what to keep. */
    private static void csv(java.io.Reader reader, Rows sink) throws IOException {
        var in = new java.io.BufferedReader(reader);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true).setTrim(false).get();
        try (var parser = format.parse(in)) {
            var header = parser.getHeaderNames().stream().map(ImportSheet::clean).toList();
            sink.header(header);
            for (var record : parser) {
                var values = new ArrayList<String>(header.size());
                for (int i = 0; i < header.size(); i++) {
                    values.add(i < record.size() ? record.get(i) : "");
                }
                // Empty lines are records too (not ignored by the parser), so the numbers stay those Excel shows.
                row(header, (int) record.getRecordNumber() + 1, values, sink);
            }
        }
    }

    /** Hands on a row unless all its cells are blank; the first column of a repeated header name counts. */
    static void row(List<String> header, int number, List<String> values, Rows sink) {
        var cells = new LinkedHashMap<String, String>();
        boolean any = false;
        for (int i = 0; i < header.size(); i++) {
            var value = i < values.size() && values.get(i) != null ? values.get(i) : "";
            any |= !value.isBlank();
            cells.putIfAbsent(header.get(i), value);
        }
        if (any) {
            sink.row(new SheetRow(number, cells));
        }
    }

    /** Receives a streamed sheet: its header first, then each row that is not blank, in order. */
    public interface Rows {
        void header(List<String> header);

        void row(SheetRow row);
    }

    /**
     * Reads an upload too large to hold in memory from a file, one row at a time: an XLSX through POI's event API
     * (SAX over the sheet's XML, shared strings read-only; the same zip-bomb limits and XML hardening as
     * {@link #read}), a CSV through commons-csv after a first pass that tells UTF-8 from Shift_JIS. Rows, numbers and
     * cell text are those {@link #read} gives; only the first sheet is read.
     */
    public static void stream(java.nio.file.Path file, String fileName, Rows sink) throws Unreadable {
        boolean xlsx;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            var magic = in.readNBytes(2);
            xlsx = magic.length == 2 && magic[0] == 'P' && magic[1] == 'K'
                    || fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        } catch (IOException e) {
            throw new Unreadable(Reason.CSV, "cannot read " + fileName, e);
        }
        try {
            if (xlsx) {
                StreamedXlsx.read(file, sink);
            } else {
                var charset = charsetOf(file, fileName);
                try (var reader = java.nio.file.Files.newBufferedReader(file, charset)) {
                    csv(reader, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(xlsx ? Reason.XLSX : Reason.CSV, "cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** UTF-8 when the whole file decodes as UTF-8, else Shift_JIS when it decodes as that; checked streaming. */
    private static Charset charsetOf(java.nio.file.Path file, String fileName) throws Unreadable {
        for (var charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
            var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (var reader = new java.io.InputStreamReader(java.nio.file.Files.newInputStream(file), decoder)) {
                var buffer = new char[8192];
                while (reader.read(buffer) >= 0) {
                    // decoding is the check
                }
                return charset;
            } catch (CharacterCodingException next) {
                // try the next encoding
            } catch (IOException e) {
                throw new Unreadable(Reason.CSV, "cannot read " + fileName, e);
            }
        }
        throw new Unreadable(Reason.ENCODING, "cannot decode " + fileName, null);
    }


    private static String decode(byte[] content, String fileName) throws Unreadable {
        try {
            return strict(StandardCharsets.UTF_8, content);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("windows-31j"), content);
            } catch (CharacterCodingException neither) {
                throw new Unreadable(Reason.ENCODING, "cannot decode " + fileName, neither);
            }
        }
    }

    private static String strict(Charset charset, byte[] content) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }
}
