package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jp.mamori.web.TableExport.ExportFormat;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one reader of uploaded registers, shared by the asset, statement and organization imports. */
class ImportSheetTests {

    private static ImportSheet.Sheet csv(String text, Charset charset) throws Exception {
        return ImportSheet.read(text.getBytes(charset), "upload.csv");
    }

    @Test
    void whatTableExportDefusesReadsBackAsItWas() throws Exception {
        var values = List.of("=1+2", "+81", "-1", "@SUM(A1)", "'quoted", "総務課");
        var export = TableExport.<String>of("一覧", List.of("値"), value -> List.<Object>of(value));
        for (var format : ExportFormat.values()) {
            var sheet = ImportSheet.read(export.bytes(format, values::forEach), "export." + format.name().toLowerCase());
            assertThat(sheet.rows()).extracting(row -> row.get("値")).as(format.name()).containsExactlyElementsOf(values);
        }
        assertThat(ImportSheet.clean("  '=A1 ")).isEqualTo("=A1");
        assertThat(ImportSheet.clean("'\tx")).isEqualTo("x");
        assertThat(ImportSheet.clean("'")).isEqualTo("'");
        assertThat(ImportSheet.clean(null)).isEmpty();
    }

    @Test
    void rowNumbersAreThoseExcelShowsAlsoAcrossBlankLines() throws Exception {
        var sheet = csv("\uFEFF番号,名称\r\n1,甲\r\n\r\n,\r\n2,\"乙\r\n続き\"\r\n3,丙\r\n", StandardCharsets.UTF_8);
        assertThat(sheet.header()).containsExactly("番号", "名称");
        assertThat(sheet.rows()).extracting(ImportSheet.SheetRow::number).containsExactly(2, 5, 6);
        assertThat(sheet.rows().get(1).get("名称")).isEqualTo("乙\r\n続き");
    }

    @Test
    void shiftJisIsReadAndBytesThatAreNeitherAreRefused() throws Exception {
        var sjis = csv("番号,氏名\r\n1,髙橋 太郎\r\n", Charset.forName("windows-31j"));
        assertThat(sjis.rows().get(0).get("氏名")).isEqualTo("髙橋 太郎");
        assertThatThrownBy(() -> ImportSheet.read(new byte[] {'a', '\n', (byte) 0x81, (byte) 0x20}, "bad.csv"))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportSheet.Reason.ENCODING));
        assertThatThrownBy(() -> ImportSheet.read("a,b\n\"open,2\n".getBytes(StandardCharsets.UTF_8), "q.csv"))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportSheet.Reason.CSV));
        assertThatThrownBy(() -> ImportSheet.read("not a workbook".getBytes(StandardCharsets.UTF_8), "x.xlsx"))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportSheet.Reason.XLSX));
        assertThat(csv("", StandardCharsets.UTF_8).header()).isEmpty();
    }

    @Test
    void xlsxDatesReadAsIsoAndBlankRowsKeepTheNumbers() throws Exception {
        byte[] bytes;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("職員");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("番号");
            header.createCell(1).setCellValue("在職開始日");
            header.createCell(2).setCellValue("番号");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue("000010");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2020, 4, 1));
            date.setCellStyle(dateStyle);
            row.createCell(2).setCellValue("second");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var sheet = ImportSheet.read(bytes, "staff.xlsx");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(4);
            assertThat(row.get("在職開始日")).isEqualTo("2020-04-01");
            // A repeated header: the first column of that name counts.
            assertThat(row.get("番号")).isEqualTo("000010");
        });
    }

    @Test
    void aRepeatedCsvHeaderKeepsTheFirstColumn() throws Exception {
        var sheet = csv("番号,番号\nfirst,second\n", StandardCharsets.UTF_8);
        assertThat(sheet.rows().get(0).get("番号")).isEqualTo("first");
        assertThat(Stream.of(sheet.header().toArray())).hasSize(2);
    }
}
