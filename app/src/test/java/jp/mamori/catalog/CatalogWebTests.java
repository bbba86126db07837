package jp.mamori.catalog;

import static jp.mamori.catalog.CatalogFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.Permission;
import jp.mamori.evidence.EvidenceManagement;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The catalogue's pages, API and evidence: permissions (403), tenant isolation (404), statement rules (422),
 * optimistic locking (409), history and trail, and the evidence upload's checks and atomic write.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=false", "mamori.catalog.evidence-max-bytes=4096"})
@AutoConfigureMockMvc
class CatalogWebTests {

    static final Path EVIDENCE;

    static {
        try {
            EVIDENCE = Files.createTempDirectory("mamori-evidence-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void evidenceDir(DynamicPropertyRegistry registry) {
        registry.add("mamori.catalog.evidence-dir", EVIDENCE::toString);
    }

    static final String MEASURE = "MIC-STD-4.1.2";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvidenceManagement evidence;

    CatalogFixture.Town town;
    CatalogFixture.Town other;
    UUID othersEvidence;

    @BeforeEach
    void setUp() {
        town = CatalogFixture.town(jdbc);
        other = CatalogFixture.town(jdbc);
        othersEvidence = Actor.system("test").callAs(() -> evidence.addFile(other.tenantId(), MeasureEvidence.owner(MEASURE), "他団体",
                "other.pdf", PDF.length, () -> new ByteArrayInputStream(PDF))).id();
    }

    static List<Object[]> endpoints() {
        return List.of(
                new Object[] {"GET", "/catalog", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/measures/" + MEASURE, Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/measures/" + MEASURE + "/edit", Permission.CATALOG_EDIT},
                new Object[] {"POST", "/catalog/measures/" + MEASURE, Permission.CATALOG_EDIT},
                new Object[] {"POST", "/catalog/measures/" + MEASURE + "/evidence/link", Permission.CATALOG_EDIT},
                new Object[] {"POST", "/catalog/measures/" + MEASURE + "/evidence/file", Permission.CATALOG_EDIT},
                new Object[] {"GET", "/catalog/evidence/{evidence}", Permission.CATALOG_VIEW},
                new Object[] {"POST", "/catalog/evidence/{evidence}/delete", Permission.CATALOG_EDIT},
                new Object[] {"GET", "/catalog/threats", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/coverage", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/coverage.xlsx", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/statement.xlsx", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/catalog/statement.csv", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/api/v1/catalog/measures", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/api/v1/catalog/measures/" + MEASURE, Permission.CATALOG_VIEW},
                new Object[] {"PUT", "/api/v1/catalog/measures/" + MEASURE + "/statement", Permission.CATALOG_EDIT},
                new Object[] {"GET", "/api/v1/catalog/threats", Permission.CATALOG_VIEW},
                new Object[] {"GET", "/api/v1/catalog/coverage", Permission.CATALOG_VIEW});
    }

    private static MockHttpServletRequestBuilder request(String method, String path, UUID evidenceId) {
        var uri = path.replace("{evidence}", evidenceId.toString());
        if (method.equals("GET")) {
            return get(uri);
        }
        if (method.equals("PUT")) {
            return put(uri).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"applicability\":\"APPLICABLE\",\"status\":\"IMPLEMENTED\",\"version\":0}");
        }
        return post(uri).with(csrf()).param("version", "0").param("applicability", "APPLICABLE")
                .param("status", "IMPLEMENTED").param("url", "https://example.org/");
    }

    @Test
    void everyEndpointRefusesAUserWithoutItsPermission() throws Exception {
        for (var e : endpoints()) {
            var others = EnumSet.allOf(Permission.class);
            others.remove((Permission) e[2]);
            mvc.perform(request((String) e[0], (String) e[1], othersEvidence).with(as(CatalogFixture.user(town, others))))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalog_applicability WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyPageWorksForAUserWithThePermission() throws Exception {
        var editor = CatalogFixture.editor(town);
        for (var e : endpoints()) {
            if (((String) e[1]).contains("{evidence}") || !e[0].equals("GET")) {
                continue;
            }
            var status = mvc.perform(request("GET", (String) e[1], othersEvidence).with(as(editor))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as((String) e[1]).isEqualTo(200);
        }
    }

    @Test
    void theEnglishUiShowsTheEnglishRequirementAndTheSearchMatchesEitherLanguage() throws Exception {
        var reader = CatalogFixture.user(town, EnumSet.of(Permission.CATALOG_VIEW));
        var measure = CatalogueFiles.load(CatalogueFiles.CURRENT_EDITION).measure("MIC-STD-4.2.1").orElseThrow();
        assertThat(measure.requirementEn()).contains("LGWAN-connected zone", "Internet-connected zone");
        // ?lang=en is the LocaleChangeInterceptor's switch (web.WebConfiguration); each request here starts afresh.
        mvc.perform(get("/catalog/measures/MIC-STD-4.2.1").param("lang", "en").with(as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(measure.requirementEn())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(measure.requirement()))))
                .andExpect(content().string(Matchers.containsString(measure.titleEn())));
        mvc.perform(get("/catalog/measures/MIC-STD-4.2.1").with(as(reader)))
                .andExpect(content().string(Matchers.containsString(measure.requirement())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(measure.requirementEn()))));
        // The list shows the requirement under each title, in the reader's language.
        mvc.perform(get("/catalog").param("chapter", "MIC-STD-4").param("lang", "en").with(as(reader)))
                .andExpect(content().string(Matchers.containsString(measure.requirementEn())));
        // Words found only in the English requirement, and only in the Japanese one, find the same measure.
        mvc.perform(get("/api/v1/catalog/measures").param("q", "deemed necessary").with(as(reader)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value("MIC-STD-4.2.1"))
                .andExpect(jsonPath("$.items[0].requirementEn").value(measure.requirementEn()))
                .andExpect(jsonPath("$.items[0].requirement").value(measure.requirement()));
        mvc.perform(get("/api/v1/catalog/measures").param("q", "必要と認めた通信").with(as(reader)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value("MIC-STD-4.2.1"));
    }

    @Test
    void anotherTenantsEvidenceAndUnknownMeasuresAreNotFound() throws Exception {
        var editor = CatalogFixture.editor(town);
        mvc.perform(get("/catalog/evidence/" + othersEvidence).with(as(editor))).andExpect(status().isNotFound());
        mvc.perform(post("/catalog/evidence/" + othersEvidence + "/delete").with(csrf()).with(as(editor)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE id = ?").param(othersEvidence)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/catalog/measures/MIC-STD-99.1.1").with(as(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalog/measures/MIC-STD-99.1.1").with(as(editor))).andExpect(status().isNotFound());
        // The other tenant's statement line is not this tenant's.
        mvc.perform(put("/api/v1/catalog/measures/" + MEASURE + "/statement").with(csrf())
                        .with(as(CatalogFixture.editor(other))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicability\":\"APPLICABLE\",\"status\":\"IMPLEMENTED\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/catalog/measures/" + MEASURE).with(as(editor)))
                .andExpect(jsonPath("$.statement.status").value("NOT_STARTED"));
    }

    @Test
    void editingWritesHistoryAndTrailAndRefusesAStaleVersion() throws Exception {
        var editor = CatalogFixture.editor(town);
        mvc.perform(post("/catalog/measures/" + MEASURE).with(csrf()).with(as(editor)).param("version", "0")
                        .param("applicability", "APPLICABLE").param("status", "PARTIAL")
                        .param("owner", "UNIT:" + town.soumu()).param("localArticle", "第27条").param("notes", "端末は対応済み"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/catalog/measures/" + MEASURE).with(as(editor)))
                .andExpect(content().string(Matchers.containsString("第27条")))
                .andExpect(content().string(Matchers.containsString("実施状況 未着手 → 一部実施")))
                .andExpect(content().string(Matchers.containsString("総務課")));
        // The same form again, still at version 0: someone saved in between.
        mvc.perform(post("/catalog/measures/" + MEASURE).with(csrf()).with(as(editor)).param("version", "0")
                        .param("applicability", "APPLICABLE").param("status", "IMPLEMENTED"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/catalog/measures/" + MEASURE + "/statement").with(csrf()).with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicability\":\"APPLICABLE\",\"status\":\"IMPLEMENTED\",\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statement.version").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'catalog.applicability.updated'")
                .param(town.tenantId()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Measure'"
                + " AND object_id = ?").params(town.tenantId(), MEASURE).query(Long.class).single()).isEqualTo(2);
        mvc.perform(get("/api/v1/catalog/measures").param("status", "IMPLEMENTED").with(as(editor)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(MEASURE));
        mvc.perform(get("/api/v1/catalog/measures").param("size", "10").param("page", "1").with(as(editor)))
                .andExpect(jsonPath("$.items.length()").value(10)).andExpect(jsonPath("$.items[0].id").value("MIC-STD-2.2.1"));
    }

    @Test
    void notApplicableNeedsAReasonOnThePageAndInTheApi() throws Exception {
        var editor = CatalogFixture.editor(town);
        mvc.perform(post("/catalog/measures/" + MEASURE).with(csrf()).with(as(editor)).param("version", "0")
                        .param("applicability", "NOT_APPLICABLE").param("reason", " ").param("status", "IMPLEMENTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("非適用とする場合は、その理由を入力してください。")));
        mvc.perform(put("/api/v1/catalog/measures/" + MEASURE + "/statement").with(csrf()).with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicability\":\"NOT_APPLICABLE\",\"status\":\"IMPLEMENTED\",\"reason\":\"x\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/catalog/measures/" + MEASURE + "/statement").with(csrf()).with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicability\":\"NOT_APPLICABLE\",\"status\":\"NOT_APPLICABLE\",\"reason\":\"使っていない\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/catalog/coverage").with(as(editor)))
                .andExpect(jsonPath("$.total.notApplicable").value(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action <> 'trail.attempt.refused'")
                .param(town.tenantId()).query(Long.class).single()).isEqualTo(1);
        // the refused API call is kept as an attempt, with its reason
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'trail.attempt.refused'")
                .param(town.tenantId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUploadedFileIsStoredUnderARandomKeyWithItsHashAndDownloadsAsAnAttachment() throws Exception {
        var editor = CatalogFixture.editor(town);
        var file = new MockMultipartFile("file", "../../../etc/点検記録.pdf", "application/pdf", PDF);
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file").file(file).with(csrf()).with(as(editor)))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("SELECT id, file_name, sha256, storage_key, size_bytes FROM evidence_item WHERE tenant_id = ?")
                .param(town.tenantId()).query().singleRow();
        assertThat(row.get("file_name")).isEqualTo("点検記録.pdf");
        assertThat(row.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        var stored = EVIDENCE.resolve(town.tenantId().toString()).resolve((String) row.get("storage_key"));
        assertThat(stored).exists().hasBinaryContent(PDF);
        try (var files = Files.list(EVIDENCE.resolve(town.tenantId().toString()))) {
            assertThat(files.toList()).containsExactly(stored);
        }
        // The body streams asynchronously: wait for it (without asyncDispatch the content is sometimes still empty).
        var download = mvc.perform(get("/catalog/evidence/" + row.get("id")).with(as(CatalogFixture.user(town,
                        EnumSet.of(Permission.CATALOG_VIEW))))).andExpect(MockMvcResultMatchers.request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(download))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''")))
                .andExpect(header().string("Content-Type", "application/pdf"))
                // the security headers are on the streamed download too (written before the body starts)
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Strict-Transport-Security"))
                .andExpect(content().bytes(PDF));
        mvc.perform(post("/catalog/evidence/" + row.get("id") + "/delete").with(csrf()).with(as(editor)))
                .andExpect(status().is3xxRedirection());
        assertThat(stored).doesNotExist();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action LIKE 'catalog.evidence.%'")
                .param(town.tenantId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void uploadsAreRefusedWhenTooLargeOfTheWrongTypeOrNotWhatTheyClaim() throws Exception {
        var editor = CatalogFixture.editor(town);
        var big = new byte[5000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big)).with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("ファイルが大きすぎます。上限は 4 KB です。")));
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0}))
                        .with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "renamed.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1}))
                        .with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("一致しません")));
        mvc.perform(post("/catalog/measures/" + MEASURE + "/evidence/link").with(csrf()).with(as(editor))
                        .param("url", "javascript:alert(1)"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isZero();
        assertThat(EVIDENCE.resolve(town.tenantId().toString())).doesNotExist();
        mvc.perform(post("/catalog/measures/" + MEASURE + "/evidence/link").with(csrf()).with(as(editor))
                        .param("url", "https://www.town.example.lg.jp/kisoku").param("title", "例規集"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/catalog/measures/" + MEASURE).with(as(editor)))
                .andExpect(content().string(Matchers.containsString("href=\"https://www.town.example.lg.jp/kisoku\"")));
    }

    @Test
    void noRowIsWrittenWhenTheFileCannotBeStored() throws Exception {
        // The tenant's evidence directory cannot be created: a plain file is in its way.
        Files.writeString(EVIDENCE.resolve(town.tenantId().toString()), "not a directory");
        assertThatThrownBy(() -> Actor.system("test").callAs(() -> evidence.addFile(town.tenantId(), MeasureEvidence.owner(MEASURE), "",
                "a.pdf", PDF.length, () -> new ByteArrayInputStream(PDF)))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isZero();
        // And every row of the other tenant has its file.
        jdbc.sql("SELECT storage_key FROM evidence_item WHERE tenant_id = ? AND kind = 'FILE'").param(other.tenantId())
                .query(String.class).list()
                .forEach(key -> assertThat(EVIDENCE.resolve(other.tenantId().toString()).resolve(key)).exists());
    }

    @Test
    void aFileIsCheckedByItsContentAndTheRefusalSaysWhatItReallyIs() throws Exception {
        var editor = CatalogFixture.editor(town);
        var text = "点検結果: すべて良好\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "点検記録.pdf", "application/pdf", text))
                        .with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("PDF と名付けられていますが、中身はテキストです")));
        mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "一覧.xlsx", "application/octet-stream", PDF))
                        .param("lang", "en").with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("is named as XLSX, but its content is PDF")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusedUploadsAndLinksComeBackOnTheFormWithTheInputKeptAndTheReasonAtTheField() throws Exception {
        var editor = CatalogFixture.editor(town);
        var exe = mvc.perform(multipart("/catalog/measures/" + MEASURE + "/evidence/file")
                        .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0}))
                        .param("title", "点検ツール").with(csrf()).with(as(editor)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        var page = org.jsoup.Jsoup.parse(exe);
        assertThat(page.select("#evidenceFile-error").text()).contains("「tool.exe」の形式はアップロードできません");
        assertThat(page.select("#evidenceFile").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#evidenceFileTitle").val()).isEqualTo("点検ツール");
        assertThat(page.select("#evidenceUrl-error")).isEmpty();
        var link = mvc.perform(post("/catalog/measures/" + MEASURE + "/evidence/link").with(csrf()).with(as(editor))
                        .param("url", "ftp://files.example.jp/a").param("title", "例規集"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        page = org.jsoup.Jsoup.parse(link);
        assertThat(page.select("#evidenceUrl-error").text()).contains("http または https");
        assertThat(page.select("#evidenceUrl").val()).isEqualTo("ftp://files.example.jp/a");
        assertThat(page.select("#evidenceLinkTitle").val()).isEqualTo("例規集");
        assertThat(page.select("#evidenceFile-error")).isEmpty();
        // the rest of the measure's page is there too
        assertThat(page.select("h2").eachText()).contains("証跡");
    }
}
