package jp.mamori.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * The first sheet of an XLSX file, read with POI's event API (SAX), so that memory does not grow with the rows:
 * {@link ImportSheet#stream}'s XLSX half. Cell text as {@link ImportSheet#read} gives it (date cells as ISO dates).
 * Not thread-safe; one per file.
 */
final class StreamedXlsx implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Formats like the in-memory reader, except that a date reads as {@code yyyy-MM-dd} whatever its format. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.JAPAN);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private final ImportSheet.Rows sink;
    private List<String> header;
    private final List<String> values = new ArrayList<>();

    private StreamedXlsx(ImportSheet.Rows sink) {
        this.sink = sink;
    }

    static void read(Path file, ImportSheet.Rows sink) throws IOException {
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                sink.header(List.of());
                return;
            }
            var contents = new StreamedXlsx(sink);
            try (var sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, contents,
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            if (contents.header == null) {
                sink.header(List.of());
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startRow(int rowNum) {
        values.clear();
    }

    @Override
    public void endRow(int rowNum) {
        if (header == null) {
            header = values.stream().map(ImportSheet::clean).toList();
            sink.header(header);
            return;
        }
        ImportSheet.row(header, rowNum + 1, values, sink);
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = new CellReference(reference).getCol();
        while (values.size() < column) {
            values.add("");
        }
        values.add(formattedValue == null ? "" : formattedValue);
    }
}
