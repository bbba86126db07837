package jp.mamori.catalog;

import static jp.mamori.catalog.CatalogFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo town's partly filled statement: the coverage view draws it, and the committee's XLSX, opened back with
 * POI, carries the same figures by chapter and clause and one detail row per measure.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class CatalogDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    StatementOfApplicability statement;
    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    @Test
    void kumenanHasAPartlyFilledStatementWithReasonsOwnersAndArticles() {
        var town = kumenan();
        var coverage = statement.coverage(town);
        var total = coverage.total();
        assertThat(total.measures()).isEqualTo(catalogue.measures().size());
        assertThat(total.implemented()).isPositive();
        assertThat(total.partial()).isPositive();
        assertThat(total.notStarted()).isPositive();
        assertThat(total.notApplicable()).isBetween(3, 10);
        var beta = statement.entry(town, "MIC-STD-4.3.3");
        assertThat(beta.applicability()).isEqualTo(Applicability.NOT_APPLICABLE);
        assertThat(beta.reason()).contains("αモデル");
        var firstOfChapterFour = statement.entry(town, "MIC-STD-4.1.1");
        assertThat(firstOfChapterFour.localArticle()).matches("第\\d+条");
        assertThat(firstOfChapterFour.ownerRole()).isNotNull();
        assertThat(coverage.seedClauses()).extracting(Coverage.Row::key).contains("6(1)", "6(1)b", "6(2)①", "6(8)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.demo.loaded'")
                .param(town).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCoverageViewAndTheCommitteeReportWorkForTheDemoTown() throws Exception {
        var town = kumenan();
        var viewer = viewer(town);
        var html = mvc.perform(get("/catalog/coverage").with(as(viewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-title-chapters chart-desc-chapters\"",
                "<title>対策の実施状況</title>", "href=\"/policies/kind/BASIC_POLICY#clause-6-2-1\"");
        var coverage = statement.coverage(town);
        assertThat(html).contains(">" + coverage.total().implementedPercent() + "%<");

        var bytes = download("/catalog/coverage.xlsx", viewer);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("集計");
            assertThat(workbook.getSheetName(1)).isEqualTo("対策別明細");
            var summary = workbook.getSheet("集計");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("久米南町");
            // The chapter table: header on row 4, then chapters 1 … 10, then the total.
            var header = summary.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("章");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("実施済み");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("実施率");
            for (int i = 0; i < 10; i++) {
                var expected = coverage.chapters().get(i);
                var row = summary.getRow(5 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.key());
                assertThat((int) row.getCell(2).getNumericCellValue()).isEqualTo(expected.measures());
                assertThat((int) row.getCell(4).getNumericCellValue()).isEqualTo(expected.implemented());
                assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(expected.partial());
                assertThat((int) row.getCell(6).getNumericCellValue()).isEqualTo(expected.notStarted());
                assertThat((int) row.getCell(7).getNumericCellValue()).isEqualTo(expected.notApplicable());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(expected.implementedShare());
            }
            var totalRow = summary.getRow(15);
            assertThat(totalRow.getCell(0).getStringCellValue()).isEqualTo("合計");
            assertThat((int) totalRow.getCell(4).getNumericCellValue()).isEqualTo(coverage.total().implemented());
            // The clause table follows after a blank row and its heading.
            assertThat(summary.getRow(18).getCell(0).getStringCellValue()).isEqualTo("条項");
            assertThat(summary.getRow(19).getCell(0).getStringCellValue()).isEqualTo(coverage.seedClauses().get(0).key());
            var detail = workbook.getSheet("対策別明細");
            assertThat(detail.getLastRowNum()).isEqualTo(catalogue.measures().size());
            assertThat(detail.getRow(0).getCell(2).getStringCellValue()).isEqualTo("対策ID");
            var betaRow = findRow(detail, "MIC-STD-4.3.3");
            assertThat(betaRow.getCell(4).getStringCellValue()).isEqualTo("非適用");
            assertThat(betaRow.getCell(5).getStringCellValue()).contains("αモデル");
        }
        var csv = download("/catalog/statement.csv", viewer);
        var text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF対策ID,章,節,対策名,適用区分").contains("MIC-STD-4.3.3").contains("第");
        assertThat(text.lines().count()).isEqualTo(catalogue.measures().size() + 1);
        mvc.perform(get("/").with(as(viewer))).andExpect(status().isOk());
    }

    /** A streamed download: the body is written after the handler returns (an async dispatch in MockMvc). */
    private byte[] download(String path, CurrentUser user) throws Exception {
        var started = mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static org.apache.poi.ss.usermodel.Row findRow(org.apache.poi.ss.usermodel.Sheet sheet, String id) {
        for (var row : sheet) {
            if (row.getCell(2) != null && id.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(id + " not in the sheet");
    }

    private UUID kumenan() {
        return tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
    }

    private static CurrentUser viewer(UUID tenantId) {
        return new CurrentUser(UUID.randomUUID(), null, tenantId, "閲覧 者", EnumSet.of(Permission.CATALOG_VIEW), true,
                Set.of());
    }
}
