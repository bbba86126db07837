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
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("2026-04-01");
        }
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
