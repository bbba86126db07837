package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jp.mamori.kernel.NotFound;
import jp.mamori.web.TableExport.ExportFormat;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTests {

    record Row(String name, int count, LocalDate day) {
    }

    final TableExport<Row> export = TableExport.of("一覧", List.of("名称", "件数", "日付"),
            row -> Arrays.asList(row.name(), row.count(), row.day()));

    @Test
    void csvStartsWithABomAndDefusesFormulas() throws Exception {
        var out = new ByteArrayOutputStream();
        export.csv(Stream.of(new Row("=HYPERLINK(\"x\")", 3, LocalDate.of(2026, 4, 1)), new Row("総務課", 1, null)), out);
        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF名称,件数,日付\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\",3,2026-04-01").contains("総務課,1,\r\n");
    }

    @Test
    void xlsxWritesNumbersAsNumbersAndTextAsInertText() throws Exception {
        var out = new ByteArrayOutputStream();
        export.xlsx(Stream.of(new Row("=1+1", 7, LocalDate.of(2026, 4, 1))), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("一覧");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            // A date cell, not text: Excel sorts and filters it as a date.
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    record Event(String what, java.time.Instant at) {
    }

    /** 00:30 on 1 April in Tokyo is still 31 March in UTC: the day must be the tenant's. */
    static final java.time.Instant MIDNIGHT_IN_TOKYO = java.time.Instant.parse("2026-03-31T15:30:00Z");

    final TableExport<Event> events = TableExport.of("記録", List.of("内容", "日時"),
            (Event e) -> Arrays.asList(e.what(), e.at())).timesIn(java.time.ZoneId.of("Asia/Tokyo"), "日時");

    @Test
    void timesAreInTheGivenZoneAndTheHeaderSaysWhichInCsvAndXlsx() throws Exception {
        var csv = new String(events.bytes(ExportFormat.CSV, Stream.of(new Event("取り込み", MIDNIGHT_IN_TOKYO))::forEach),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF内容,日時（Asia/Tokyo）\r\n取り込み,2026-04-01 00:30\r\n");

        var xlsx = events.bytes(ExportFormat.XLSX, Stream.of(new Event("取り込み", MIDNIGHT_IN_TOKYO))::forEach);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("記録");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("日時（Asia/Tokyo）");
            var cell = sheet.getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.of(2026, 4, 1, 0, 30));
        }
    }

    @Test
    void aTemplateHasOnlyTheHeaderToFillInWithDropDownsAndAnExampleOnASheetOfItsOwn() throws Exception {
        var out = new ByteArrayOutputStream();
        export.template(ExportFormat.XLSX, List.of("総務課", 3, LocalDate.of(2026, 4, 1)),
                java.util.Map.of("名称", List.of("総務課", "税務住民課")), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("一覧");
            assertThat(sheet.getLastRowNum()).isZero();
            var validation = sheet.getDataValidations().get(0);
            assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("総務課", "税務住民課");
            assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("A2:A10001");
            var example = workbook.getSheet("記入例");
            assertThat(example.getRow(1).getCell(0).getStringCellValue()).isEqualTo("総務課");
            assertThat(example.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(example.getRow(3).getCell(0).getStringCellValue()).isEqualTo("名称 の選べる値: 総務課、税務住民課");
        }
        // The import reads the first sheet only: a template as downloaded imports nothing.
        assertThat(ImportSheet.read(out.toByteArray(), "t.xlsx").rows()).isEmpty();
        var csv = new ByteArrayOutputStream();
        export.template(ExportFormat.CSV, List.of("x"), java.util.Map.of(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,件数,日付\r\n");
    }

    @Test
    void aMomentInAColumnWithoutItsZoneIsRefusedAndSoIsAnUnknownTimeColumn() {
        // Issue 19: an export wrote UTC times under a header that did not say so.
        var unzoned = TableExport.of("記録", List.of("内容", "日時"), (Event e) -> Arrays.<Object>asList(e.what(), e.at()));
        for (var format : ExportFormat.values()) {
            assertThatThrownBy(() -> unzoned.bytes(format, Stream.of(new Event("x", MIDNIGHT_IN_TOKYO))::forEach))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"日時\"")
                    .hasMessageContaining("timesIn");
        }
        // Without moments, no zone is needed.
        assertThat(new String(unzoned.bytes(ExportFormat.CSV, Stream.of(new Event("x", null))::forEach),
                StandardCharsets.UTF_8)).isEqualTo("\uFEFF内容,日時\r\nx,\r\n");
        assertThatThrownBy(() -> unzoned.timesIn(java.time.ZoneId.of("Asia/Tokyo"), "作成日時"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDownloadNamesTheFileInJapaneseWithAnAsciiFallback() {
        var response = TableExport.download(ExportFormat.XLSX, "適用宣言書", "soa 2026", out -> { });
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo(
                "attachment; filename=\"soa_2026.xlsx\"; filename*=UTF-8''%E9%81%A9%E7%94%A8%E5%AE%A3%E8%A8%80%E6%9B%B8.xlsx");
        assertThat(response.getHeaders().getContentType().toString()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void anUnknownFormatIsNotFound() {
        assertThat(ExportFormat.parse("CSV")).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.parse("pdf")).isInstanceOf(NotFound.class);
    }
}
