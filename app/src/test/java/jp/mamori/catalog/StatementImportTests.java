package jp.mamori.catalog;

import static jp.mamori.catalog.CatalogFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.importing.RowProblem;
import jp.mamori.organization.SecurityRole;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The statement import through its pages: the demo town's export comes back unchanged, every problem of a file is
 * listed by row and column with nothing written, a valid file changes exactly the rows that differ (history and
 * trail), Shift_JIS CSV, a line edited between preview and confirmation refuses the whole import, permissions and
 * tenant isolation.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class StatementImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tenants tenants;
    @Autowired
    StatementOfApplicability statement;
    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    Wording wording;

    /** The session cookie and the id of the last preview's upload per test session. */
    record Pending(Cookie[] cookies, String uploadId) {
    }

    final Map<MockHttpSession, Pending> pending = new HashMap<>();

    CatalogFixture.Town town;
    CurrentUser editor;

    @BeforeEach
    void setUp() {
        town = CatalogFixture.town(jdbc);
        editor = CatalogFixture.editor(town);
    }

    @Test
    void theDemoTownsExportImportsWithNoChangeAsXlsxAndAsCsv() throws Exception {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var user = CatalogFixture.user(new CatalogFixture.Town(kumenan, null, null),
                EnumSet.of(Permission.CATALOG_VIEW, Permission.CATALOG_EDIT));
        long history = count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Measure'", kumenan);
        for (var format : List.of("xlsx", "csv")) {
            var session = new MockHttpSession();
            var plan = preview(user, session, "statement." + format, export(user, format));
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.rows()).isEqualTo(catalogue.measures().size());
            assertThat(plan.changes()).isEmpty();
            assertThat(plan.unchanged()).isEqualTo(catalogue.measures().size());
            confirm(user, session).andExpect(status().is3xxRedirection());
        }
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Measure'", kumenan))
                .isEqualTo(history);
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.updated'",
                kumenan)).isZero();
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.imported'",
                kumenan)).isEqualTo(2);
    }

    @Test
    void aFileWithSeveralProblemsListsThemAllAndChangesNothing() throws Exception {
        var lines = csvLines();
        // Rows are numbered as in Excel: the header is row 1, the first measure row 2.
        lines.set(1, edit(lines.get(1), 4, "非適用", 5, "", 6, "非適用"));   // 非適用 without a reason
        lines.set(2, edit(lines.get(2), 6, "非適用"));                       // 適用 with status 非適用
        lines.set(3, edit(lines.get(3), 7, "存在しない課"));                  // unknown owner
        lines.set(4, edit(lines.get(4), 0, "MIC-STD-9.9.9"));                // unknown measure
        lines.set(5, edit(lines.get(5), 0, measureId(lines.get(6))));        // duplicate of row 7
        lines.set(8, edit(lines.get(8), 6, "だいたい"));                      // no such status
        lines.set(9, edit(lines.get(9), 6, "実施済み"));                      // a valid change among the problems
        var session = new MockHttpSession();
        var result = upload(editor, session, "statement.csv", csv(lines, StandardCharsets.UTF_8, true));
        var plan = plan(result);
        assertThat(plan.problems()).extracting(RowProblem::row, RowProblem::column,
                        RowProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(2, "非適用の理由", "catalog.refused.reasonRequired"),
                        tuple(3, "実施状況", "catalog.refused.statusOfApplicable"),
                        tuple(4, "担当", "catalog.import.error.unknownOwner"),
                        tuple(5, "対策ID", "catalog.import.error.unknownMeasure"),
                        tuple(7, "対策ID", "catalog.import.error.duplicate"),
                        tuple(9, "実施状況", "catalog.import.error.invalid"));
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("uploadId");
        assertThat(result.getResponse().getContentAsString())
                .contains("非適用とする場合は、その理由を入力してください。", "担当「存在しない課」が見つかりません",
                        "対策ID「MIC-STD-9.9.9」は対策基準にありません。");
        confirm(editor, session).andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM catalog_applicability WHERE tenant_id = ?", town.tenantId())).isZero();
        // Nothing changed: the trail holds only what is not a change (the download of the sheet, the refused
        // confirmation), which the trail records too.
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ?"
                + " AND action NOT IN ('trail.attempt.refused', 'trail.file.downloaded')", town.tenantId())).isZero();

        // A header that is not the export's is reported on row 1, in English too.
        var header = new ArrayList<>(csvLines());
        header.set(0, header.get(0).replace("実施状況", "状況"));
        var english = upload(editor, new MockHttpSession(), "bad.csv", csv(header, StandardCharsets.UTF_8, true),
                "en");
        assertThat(plan(english).problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(tuple(1, "G（実施状況）"));
        assertThat(english.getResponse().getContentAsString()).contains("The header differs from the statement export");
    }

    @Test
    void aValidFileChangesExactlyTheRowsThatDifferWithHistoryAndTrail() throws Exception {
        var lines = csvLines();
        var first = measureId(lines.get(1));
        var second = measureId(lines.get(2));
        var third = measureId(lines.get(3));
        lines.set(1, edit(lines.get(1), 4, "非適用", 5, "αモデルのため対象外", 6, "非適用"));
        lines.set(2, edit(lines.get(2), 6, "実施済み", 7, "総務課"));
        lines.set(3, edit(lines.get(3), 7, wording.role(SecurityRole.GENERAL_SECURITY_OFFICER), 8, "第27条", 9,
                "=備考は式ではない"));
        var session = new MockHttpSession();
        var plan = preview(editor, session, "statement.csv", csv(lines, StandardCharsets.UTF_8, false));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).extracting(StatementImport.Changed::measureId).containsExactly(first, second, third);
        assertThat(plan.unchanged()).isEqualTo(catalogue.measures().size() - 3);
        confirm(editor, session).andExpect(status().is3xxRedirection());

        assertThat(statement.entry(town.tenantId(), first).applicability()).isEqualTo(Applicability.NOT_APPLICABLE);
        assertThat(statement.entry(town.tenantId(), first).reason()).isEqualTo("αモデルのため対象外");
        assertThat(statement.entry(town.tenantId(), second).ownerUnitId()).isEqualTo(town.soumu());
        assertThat(statement.entry(town.tenantId(), second).status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        var third3 = statement.entry(town.tenantId(), third);
        assertThat(third3.ownerRole()).isEqualTo(SecurityRole.GENERAL_SECURITY_OFFICER);
        assertThat(third3.localArticle()).isEqualTo("第27条");
        assertThat(third3.notes()).isEqualTo("=備考は式ではない");
        assertThat(count("SELECT COUNT(*) FROM catalog_applicability WHERE tenant_id = ?", town.tenantId())).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Measure'"
                + " AND summary LIKE '%から取り込み）'", town.tenantId())).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.updated'",
                town.tenantId())).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.imported'",
                town.tenantId())).isEqualTo(1);

        // The same file again: nothing left to change.
        var again = new MockHttpSession();
        assertThat(preview(editor, again, "statement.csv", csv(lines, StandardCharsets.UTF_8, false)).changes()).isEmpty();
    }

    @Test
    void shiftJisCsvAsJapaneseExcelSavesItIsRead() throws Exception {
        var lines = csvLines();
        var id = measureId(lines.get(5));
        lines.set(5, edit(lines.get(5), 6, "一部実施", 7, "税務住民課", 9, "髙橋さん確認済み（～令和7年度）"));
        var session = new MockHttpSession();
        var plan = preview(editor, session, "statement.csv", csv(lines, Charset.forName("windows-31j"), false));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).extracting(StatementImport.Changed::measureId).containsExactly(id);
        confirm(editor, session).andExpect(status().is3xxRedirection());
        var entry = statement.entry(town.tenantId(), id);
        assertThat(entry.ownerUnitId()).isEqualTo(town.zeimu());
        assertThat(entry.notes()).isEqualTo("髙橋さん確認済み（～令和7年度）");
    }

    @Test
    void aLineEditedBetweenPreviewAndConfirmationRefusesTheWholeImport() throws Exception {
        var lines = csvLines();
        var changed = measureId(lines.get(1));
        var untouched = measureId(lines.get(2));
        lines.set(1, edit(lines.get(1), 6, "実施済み"));
        lines.set(3, edit(lines.get(3), 8, "第3条"));
        var file = csv(lines, StandardCharsets.UTF_8, true);

        // Someone saves a line the file changes.
        var session = new MockHttpSession();
        assertThat(preview(editor, session, "statement.csv", file).changes()).hasSize(2);
        Actor.system("test").callAs(() -> statement.update(town.tenantId(), changed, 0,
                new ApplicabilityEntry.Change(Applicability.APPLICABLE, "", ImplementationStatus.PARTIAL, null, null, "",
                        "")));
        confirm(editor, session).andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("他の人が適用宣言書を変更したため")));
        assertThat(statement.entry(town.tenantId(), measureId(lines.get(3))).localArticle()).isEmpty();

        // Someone saves a line the file leaves as it was: confirming would undo their edit.
        var later = new MockHttpSession();
        assertThat(preview(editor, later, "statement.csv", file).changes()).hasSize(2);
        Actor.system("test").callAs(() -> statement.update(town.tenantId(), untouched, 0,
                new ApplicabilityEntry.Change(Applicability.APPLICABLE, "", ImplementationStatus.IMPLEMENTED, null,
                        null, "", "")));
        confirm(editor, later).andExpect(status().isConflict());
        assertThat(statement.entry(town.tenantId(), changed).status()).isEqualTo(ImplementationStatus.PARTIAL);
        assertThat(statement.entry(town.tenantId(), measureId(lines.get(3))).localArticle()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.imported'",
                town.tenantId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Measure'"
                + " AND summary LIKE '%から取り込み）'", town.tenantId())).isZero();
    }

    @Test
    void theImportNeedsCatalogEditAndStaysInTheTenant() throws Exception {
        var viewer = CatalogFixture.user(town, EnumSet.of(Permission.CATALOG_VIEW));
        var file = csv(csvLines(), StandardCharsets.UTF_8, true);
        mvc.perform(get("/catalog/import").with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(multipart("/catalog/import").file(new MockMultipartFile("file", "s.csv", "text/csv", file))
                .with(csrf()).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/catalog/import/confirm").param("upload", "x").with(csrf()).with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/catalog").with(as(viewer)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/catalog/import"))));
        mvc.perform(get("/catalog/coverage").with(as(editor)))
                .andExpect(content().string(Matchers.containsString("/catalog/import")));

        // Another town's unit is no owner here, and a preview made in one town cannot be confirmed in another.
        var other = CatalogFixture.town(jdbc);
        jdbc.sql("UPDATE org_unit SET name = '企画課', code = '900' WHERE id = ?").param(other.soumu()).update();
        var lines = csvLines();
        lines.set(1, edit(lines.get(1), 7, "企画課"));
        assertThat(preview(editor, new MockHttpSession(), "s.csv", csv(lines, StandardCharsets.UTF_8, true)).problems())
                .extracting(RowProblem::messageKey).containsExactly("catalog.import.error.unknownOwner");
        var session = new MockHttpSession();
        lines = csvLines();
        lines.set(1, edit(lines.get(1), 6, "実施済み"));
        var result = upload(editor, session, "s.csv", csv(lines, StandardCharsets.UTF_8, true));
        assertThat(result.getModelAndView().getModel()).containsKey("uploadId");
        confirm(CatalogFixture.editor(other), session).andExpect(status().isConflict());
        assertThat(count("SELECT COUNT(*) FROM catalog_applicability WHERE tenant_id IN (?, ?)", town.tenantId(),
                other.tenantId())).isZero();

        // Too large: a clear message, nothing kept.
        var big = new byte[StatementImport.MAX_BYTES + 1];
        mvc.perform(multipart("/catalog/import").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                        .with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("ファイルが大きすぎます。上限は")));
    }

    // --- helpers ---

    private byte[] export(CurrentUser user, String format) throws Exception {
        var started = mvc.perform(get("/catalog/statement." + format).with(as(user))).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** The town's export as CSV lines (one line per row: the untouched statement has no multi-line cells). */
    private List<String> csvLines() throws Exception {
        var text = new String(export(editor, "csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return new ArrayList<>(List.of(text.split("\r\n")));
    }

    private static byte[] csv(List<String> lines, Charset charset, boolean bom) {
        return ((bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    /** A line with some cells replaced (index, value, index, value…); cells of the export need no quoting here. */
    private static String edit(String line, Object... changes) {
        var cells = new ArrayList<>(List.of(line.split(",", -1)));
        for (int i = 0; i < changes.length; i += 2) {
            cells.set((Integer) changes[i], (String) changes[i + 1]);
        }
        return String.join(",", cells);
    }

    private static String measureId(String line) {
        return line.substring(0, line.indexOf(','));
    }

    private MvcResult upload(CurrentUser user, MockHttpSession session, String name, byte[] content) throws Exception {
        return upload(user, session, name, content, "ja");
    }

    private MvcResult upload(CurrentUser user, MockHttpSession session, String name, byte[] content, String language)
            throws Exception {
        var result = mvc.perform(multipart("/catalog/import").file(new MockMultipartFile("file", name, "text/csv", content))
                .session(session).param("lang", language).with(csrf()).with(as(user))).andReturn();
        // The session lives in the database (Spring Session JDBC): the browser's cookie carries it to the confirmation.
        var uploadId = result.getModelAndView().getModel().get("uploadId");
        pending.put(session, new Pending(result.getResponse().getCookies(), uploadId == null ? "none" : uploadId.toString()));
        return result;
    }

    private StatementImport.Plan preview(CurrentUser user, MockHttpSession session, String name, byte[] content)
            throws Exception {
        return plan(upload(user, session, name, content));
    }

    private static StatementImport.Plan plan(MvcResult result) {
        return (StatementImport.Plan) result.getModelAndView().getModel().get("plan");
    }

    private org.springframework.test.web.servlet.ResultActions confirm(CurrentUser user, MockHttpSession session)
            throws Exception {
        var upload = pending.getOrDefault(session, new Pending(new Cookie[0], "none"));
        var request = post("/catalog/import/confirm").param("upload", upload.uploadId()).session(session).with(csrf())
                .with(as(user));
        return mvc.perform(upload.cookies().length == 0 ? request : request.cookie(upload.cookies()));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
