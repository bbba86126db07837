package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The committee workbook: named sheets in order, title and table rows, typed cells, widths and print setup. */
class ReportWorkbookTests {

    @Test
    void writesNamedSheetsWithTitlesTablesAndTypedCells() throws Exception {
        var book = ReportWorkbook.inZone(ZoneId.of("Asia/Tokyo"));
        book.sheet("集計").title("久米南町 実施状況").note("基準日: 令和8年4月1日").blank()
                .header(List.of("章", "対策数", "実施率")).row(List.of("1", 12, new ReportWorkbook.Share(0.25)))
                .totalRow(List.of("合計", 12, new ReportWorkbook.Share(0.25))).widths(14, 10, 10).landscape();
        book.sheet("明細").header(List.of("対策ID", "最終更新", "記録")).row(java.util.Arrays.asList("MIC-STD-1.1",
                LocalDate.of(2026, 4, 1), Instant.parse("2026-03-31T15:30:00Z"))).freezeHeader(1).filter();
        var out = new ByteArrayOutputStream();
        book.write(out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("集計");
            assertThat(workbook.getSheetName(1)).isEqualTo("明細");
            var summary = workbook.getSheet("集計");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("久米南町 実施状況");
            assertThat(summary.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 14);
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("章");
            var row = summary.getRow(4);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.25);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(summary.getRow(5).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(summary.getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();

            var detail = workbook.getSheet("明細").getRow(1);
            assertThat(detail.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(detail.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            // Bordered table style and the date format together, and the moment in the workbook's zone.
            assertThat(detail.getCell(1).getCellStyle().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(detail.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 30));
            assertThat(workbook.getSheet("明細").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2");
        }
    }
}
