package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The REST API and the file endpoints: permissions, tenant isolation, create/update/classify, import via upload. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class AssetApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetManagement management;
    @Autowired
    AssetImport imports;

    AssetFixture.Town town;
    AssetFixture.Town other;
    UUID system;
    UUID othersAsset;
    UUID othersUpload;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        other = AssetFixture.town(jdbc, ClassificationScheme.LEGACY);
        Actor.system("test").runAs(() -> {
            system = management.register(town.tenantId(), AssetFixture.details(town, "S-1", "住民記録システム",
                    AssetKind.INFORMATION_SYSTEM, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_3B,
                    Integrity.LEVEL_2, Availability.LEVEL_2));
            var data = management.register(town.tenantId(), AssetFixture.details(town, "A-1", "住民記録データ",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_3B,
                    Integrity.LEVEL_2, Availability.LEVEL_1));
            management.hold(town.tenantId(), system, data);
            othersAsset = management.register(other.tenantId(), AssetFixture.details(other, "A-1", "他団体の資産",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.LGWAN), AssetFixture.cls(Confidentiality.LEGACY_2,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
        });
        othersUpload = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_pending_upload (id, tenant_id, account_id, import_kind, file_name, content, basis_hash,
                    created_at, expires_at) VALUES (?, ?, ?, 'asset.register', 'x.csv', ?, ?, ?, ?)""")
                .params(othersUpload, other.tenantId(), UUID.randomUUID(), new byte[] {1}, "0".repeat(64),
                        java.time.OffsetDateTime.now(), java.time.OffsetDateTime.now().plusDays(1)).update();
        admin = AssetFixture.admin(town, town.soumuManager());
    }

    static List<Object[]> endpoints() {
        return List.of(
                new Object[] {"GET", "/api/v1/assets", Permission.ASSET_VIEW},
                new Object[] {"GET", "/api/v1/assets/{id}", Permission.ASSET_VIEW},
                new Object[] {"POST", "/api/v1/assets", Permission.ASSET_EDIT},
                new Object[] {"PUT", "/api/v1/assets/{id}", Permission.ASSET_EDIT},
                new Object[] {"POST", "/api/v1/assets/{id}/classification", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/export.xlsx", Permission.ASSET_VIEW},
                new Object[] {"GET", "/assets/export.csv", Permission.ASSET_VIEW},
                new Object[] {"GET", "/assets/import", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/import/template.xlsx", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/import/template.csv", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/import/confirm", Permission.ASSET_EDIT});
    }

    private MockHttpServletRequestBuilder request(String method, String path, UUID id, UUID upload) {
        var uri = path.replace("{id}", id.toString()).replace("{upload}", upload.toString());
        var body = "{\"version\":0,\"registerNumber\":\"A-9\",\"name\":\"x\",\"kind\":\"NETWORK\",\"ownerUnitId\":\""
                + town.soumu() + "\",\"confidentiality\":\"R6_2\",\"integrity\":\"LEVEL_1\",\"availability\":\"LEVEL_1\"}";
        return switch (method) {
            case "GET" -> get(uri);
            case "PUT" -> put(uri).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> post(uri).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
        };
    }

    @Test
    void everyEndpointRefusesAUserWithoutItsPermission() throws Exception {
        for (var e : endpoints()) {
            var others = EnumSet.allOf(Permission.class);
            others.remove((Permission) e[2]);
            var user = new CurrentUser(UUID.randomUUID(), town.soumuManager(), town.tenantId(), "権限なし", others, true,
                    Set.of());
            var result = mvc.perform(request((String) e[0], (String) e[1], system, othersUpload).with(signedIn(user)))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(e[0] + " " + e[1]).isEqualTo(403);
        }
    }

    @Test
    void anotherTenantsIdsAreNotFound() throws Exception {
        for (var e : endpoints()) {
            if (!((String) e[1]).contains("{")) {
                continue;
            }
            var result = mvc.perform(request((String) e[0], (String) e[1], othersAsset, othersUpload)
                    .with(signedIn(admin))).andReturn();
            assertThat(result.getResponse().getStatus()).as(e[0] + " " + e[1]).isEqualTo(404);
        }
        // Another town's pending upload is not there for this one: refused, and left where it was.
        mvc.perform(post("/assets/import/confirm").param("upload", othersUpload.toString()).with(csrf())
                .with(signedIn(admin))).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_pending_upload WHERE id = ?").param(othersUpload)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/assets").with(signedIn(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void createsUpdatesWithVersionsAndRefusesAClassBelowTheHeldInformation() throws Exception {
        var created = mvc.perform(post("/api/v1/assets").with(csrf()).with(signedIn(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"registerNumber":"N-1","name":"庁内LAN","kind":"NETWORK","ownerUnitId":"%s",
                                 "zone":"LGWAN","confidentiality":"2","integrity":"LEVEL_2","availability":"LEVEL_2"}"""
                                .formatted(town.soumu())))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.classification.confidentiality").value("R6_2"))
                .andExpect(jsonPath("$.version").value(0)).andReturn().getResponse().getContentAsString();
        var id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var update = """
                {"version":%d,"registerNumber":"N-1","name":"庁内LAN（基幹）","kind":"NETWORK","ownerUnitId":"%s",
                 "zone":"LGWAN","confidentiality":"R6_2","integrity":"LEVEL_2","availability":"LEVEL_2"}""";
        mvc.perform(put("/api/v1/assets/" + id).with(csrf()).with(signedIn(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted(0, town.soumu()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("庁内LAN（基幹）")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/assets/" + id).with(csrf()).with(signedIn(admin)).contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted(0, town.soumu()))).andExpect(status().isConflict());

        mvc.perform(post("/api/v1/assets/" + system + "/classification").with(csrf()).with(signedIn(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version":%d,"confidentiality":"2","integrity":"LEVEL_2","availability":"LEVEL_2"}"""
                                .formatted(version(system))))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("住民記録データ（A-1）")));
        mvc.perform(post("/api/v1/assets/" + system + "/classification").with(csrf()).with(signedIn(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version":%d,"confidentiality":"3A","confidentialityReason":"秘密文書相当",
                                 "integrity":"LEVEL_2","availability":"LEVEL_2"}""".formatted(version(system))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.classification.confidentialityLabel").value("3A"));
        mvc.perform(get("/api/v1/assets").param("q", "らん").param("size", "1").with(signedIn(admin)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/assets").param("q", "LAN").param("size", "1").with(signedIn(admin)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void uploadShowsThePreviewAndConfirmingImports() throws Exception {
        var csv = String.join(",", AssetLayout.COLUMNS) + "\r\n"
                + "B-1,住民票写し（紙）,じゅうみんひょううつし,情報（書面）,,税務住民課,,書庫,,5年,○,,,100,2,,1,,1,,\r\n";
        var file = new MockMultipartFile("file", "台帳.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = mvc.perform(multipart("/assets/import").file(file).with(csrf()).with(signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("/assets/import/confirm");
        var upload = preview.replaceAll("(?s).*name=\"upload\" value=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/assets/import/confirm").param("upload", upload).with(csrf()).with(signedIn(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name FROM information_asset WHERE tenant_id = ? AND register_number = 'B-1'")
                .param(town.tenantId()).query(String.class).single()).isEqualTo("住民票写し（紙）");

        var bad = new MockMultipartFile("file", "bad.csv", "text/csv",
                csv.replace("B-1", "B-2").replace(",2,,1,,1,,", ",9,,1,,1,,").getBytes(StandardCharsets.UTF_8));
        var errors = mvc.perform(multipart("/assets/import").file(bad).with(csrf()).with(signedIn(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("<td>2</td>").contains("<td>機密性</td>").doesNotContain("action=\"/assets/import/confirm");
    }

    private long version(UUID id) {
        return jdbc.sql("SELECT version FROM information_asset WHERE id = ?").param(id).query(Long.class).single();
    }

    private static RequestPostProcessor signedIn(CurrentUser user) {
        return authentication(AssetFixture.authentication(user));
    }
}
