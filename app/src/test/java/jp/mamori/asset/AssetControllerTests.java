package jp.mamori.asset;

import static jp.mamori.asset.AssetFixture.authentication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The register pages: permissions (403), tenant isolation (404), scope, editing with optimistic locking. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class AssetControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssetManagement management;

    AssetFixture.Town town;
    AssetFixture.Town other;
    UUID system;
    UUID data;
    UUID othersAsset;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        other = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        Actor.system("test").runAs(() -> {
            system = management.register(town.tenantId(), AssetFixture.details(town, "S-1", "住民記録システム",
                    AssetKind.INFORMATION_SYSTEM, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_2,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
            data = management.register(town.tenantId(), AssetFixture.details(town, "A-1", "ジュウミン記録データ",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.MY_NUMBER), AssetFixture.cls(Confidentiality.R6_3B,
                    Integrity.LEVEL_2, Availability.LEVEL_2));
            othersAsset = management.register(other.tenantId(), AssetFixture.details(other, "A-1", "他団体の資産",
                    AssetKind.ELECTRONIC_INFORMATION, Zone.LGWAN), AssetFixture.cls(Confidentiality.R6_2,
                    Integrity.LEVEL_1, Availability.LEVEL_1));
        });
        admin = AssetFixture.admin(town, town.soumuManager());
    }

    /** Every endpoint of the pages with the permission it needs; {id} is replaced by an asset id. */
    static List<Object[]> endpoints() {
        return List.of(
                new Object[] {"GET", "/assets", Permission.ASSET_VIEW},
                new Object[] {"GET", "/assets/new", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/staff-search", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/staff-picker", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/{id}", Permission.ASSET_VIEW},
                new Object[] {"GET", "/assets/{id}/edit", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/{id}", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/{id}/holdings", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/{id}/holdings/{id}/delete", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/{id}/disposal", Permission.ASSET_EDIT},
                new Object[] {"POST", "/assets/{id}/disposal/approval", Permission.ASSET_DISPOSAL_APPROVE},
                new Object[] {"POST", "/assets/{id}/disposal/withdrawal", Permission.ASSET_EDIT},
                new Object[] {"GET", "/assets/findings", Permission.ASSET_VIEW},
                new Object[] {"GET", "/assets/handling-rules", Permission.ASSET_VIEW},
                new Object[] {"POST", "/assets/handling-rules", Permission.ASSET_RULES_EDIT});
    }

    private static MockHttpServletRequestBuilder request(String method, String path, UUID id) {
        var uri = path.replace("{id}", id.toString());
        var builder = method.equals("GET") ? get(uri) : post(uri).with(csrf());
        return builder.param("version", "0").param("registerNumber", "A-1").param("disposedOn", "2026-05-01")
                .param("person", "佐藤").param("method", "破砕").param("handlingClass", "R6_2").param("step", "STORAGE")
                .param("text", "x");
    }

    @Test
    void everyEndpointRefusesAUserWithoutItsPermission() throws Exception {
        for (var e : endpoints()) {
            var needed = (Permission) e[2];
            var others = EnumSet.allOf(Permission.class);
            others.remove(needed);
            var user = new CurrentUser(UUID.randomUUID(), town.soumuManager(), town.tenantId(), "権限なし", others, true,
                    Set.of());
            mvc.perform(request((String) e[0], (String) e[1], system).with(
                            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .authentication(authentication(user))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void everyAssetEndpointAnswersNotFoundForAnotherTenantsAsset() throws Exception {
        for (var e : endpoints()) {
            if (!((String) e[1]).contains("{id}")) {
                continue;
            }
            var result = mvc.perform(request((String) e[0], (String) e[1], othersAsset).with(signedIn(admin)))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(e[0] + " " + e[1]).isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT status FROM information_asset WHERE id = ?").param(othersAsset)
                .query(String.class).single()).isEqualTo("ACTIVE");
    }

    @Test
    void aSectionManagerSeesOnlyTheirSectionsAssets() throws Exception {
        var zeimuAsset = Actor.system("test").callAs(() -> management.register(town.tenantId(),
                new AssetDetails("Z-1", "課税台帳", "", AssetKind.PRINTED_INFORMATION, "", town.zeimu(), null, "書庫", null,
                        "5年", PersonalInformation.NONE),
                AssetFixture.cls(Confidentiality.R6_2, Integrity.LEVEL_1, Availability.LEVEL_1)));
        var zeimuManager = AssetFixture.user(town, town.zeimuManager(), Set.of(Permission.ASSET_VIEW), Set.of(town.zeimu()));

        mvc.perform(get("/assets").with(signedIn(zeimuManager))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("課税台帳")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("住民記録システム"))));
        mvc.perform(get("/assets/" + zeimuAsset).with(signedIn(zeimuManager))).andExpect(status().isOk());
        mvc.perform(get("/assets/" + system).with(signedIn(zeimuManager))).andExpect(status().isNotFound());
    }

    @Test
    void searchFindsKatakanaNamesFromHiragana() throws Exception {
        mvc.perform(get("/assets").param("q", "じゅうみん").with(signedIn(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ジュウミン記録データ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("住民記録システム"))));
        mvc.perform(get("/assets").param("confidentiality", "R6_3B").param("kind", "ELECTRONIC_INFORMATION")
                        .param("zone", "MY_NUMBER").param("sort", "NAME").param("dir", "desc").with(signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ジュウミン記録データ")));
    }

    @Test
    void theAssetPageShowsInheritedClassesRulesAndFindings() throws Exception {
        mvc.perform(post("/assets/" + system + "/holdings").param("registerNumber", "A-1").with(csrf())
                .with(signedIn(admin))).andExpect(status().is3xxRedirection());
        var page = mvc.perform(get("/assets/" + system).with(signedIn(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("3B").contains("ジュウミン記録データ（A-1）").contains("管理責任").contains("総務 課長");
        assertThat(jdbc.sql("SELECT confidentiality FROM information_asset WHERE id = ?").param(system)
                .query(String.class).single()).isEqualTo("R6_3B");
    }

    @Test
    void aStaleEditIsAConflictAndAnEditBelowTheInheritedClassIsRefused() throws Exception {
        mvc.perform(post("/assets/" + system + "/holdings").param("registerNumber", "A-1").with(csrf())
                .with(signedIn(admin))).andExpect(status().is3xxRedirection());
        long version = jdbc.sql("SELECT version FROM information_asset WHERE id = ?").param(system).query(Long.class)
                .single();
        mvc.perform(edit(system, version - 1, "R6_3B")).andExpect(status().isConflict());
        mvc.perform(edit(system, version, "R6_2")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ジュウミン記録データ（A-1）")));
        mvc.perform(edit(system, version, "R6_3A")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name, confidentiality, version FROM information_asset WHERE id = ?").param(system)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3)).single())
                .isEqualTo("住民記録システム改/R6_3A/" + (version + 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_type = 'InformationAsset' AND object_id = ?")
                .param(system.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private MockHttpServletRequestBuilder edit(UUID id, long version, String confidentiality) {
        return post("/assets/" + id).with(csrf()).with(signedIn(admin)).param("version", Long.toString(version))
                .param("registerNumber", "S-1").param("name", "住民記録システム改").param("kind", "INFORMATION_SYSTEM")
                .param("ownerUnitId", town.soumu().toString()).param("zone", "MY_NUMBER")
                .param("confidentiality", confidentiality).param("integrity", "LEVEL_2").param("availability", "LEVEL_2");
    }

    @Test
    void theRequesterWithdrawsADisposalRequestAndRefusedAttemptsAreTrailedWithTheirReason() throws Exception {
        var clerk = AssetFixture.user(town, town.clerk(), Set.of(Permission.ASSET_VIEW, Permission.ASSET_EDIT),
                Set.of(town.soumu(), town.soumuSub()));
        mvc.perform(post("/assets/" + data + "/disposal").with(csrf()).with(signedIn(clerk)).param("version", "0")
                .param("disposedOn", "2026-05-01").param("person", "委託業者 山田").param("method", "物理破壊（穿孔）"))
                .andExpect(status().is3xxRedirection());
        var forClerk = org.jsoup.Jsoup.parse(mvc.perform(get("/assets/" + data).with(signedIn(clerk))).andReturn()
                .getResponse().getContentAsString());
        assertThat(forClerk.select("form#withdraw-disposal").attr("data-confirm")).contains("取り下げますか");
        var forManager = org.jsoup.Jsoup.parse(mvc.perform(get("/assets/" + data).with(signedIn(admin))).andReturn()
                .getResponse().getContentAsString());
        assertThat(forManager.select("form#withdraw-disposal")).isEmpty();

        // only the requester withdraws; the manager's attempt is refused and kept in the trail with its reason
        mvc.perform(post("/assets/" + data + "/disposal/withdrawal").with(csrf()).with(signedIn(admin))
                .param("version", "1")).andExpect(status().is(422));
        mvc.perform(post("/assets/" + data + "/disposal/withdrawal").with(csrf()).with(signedIn(clerk))
                .param("version", "1")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(data)).isEqualTo("ACTIVE");
        assertThat(trailSummaries("asset.disposal.withdrawn")).singleElement().asString().contains("廃棄申請を取り下げ");
        assertThat(trailSummaries("trail.attempt.refused")).singleElement().asString()
                .contains("取り下げられるのは、申請した本人だけです").contains("/disposal/withdrawal");

        // the manager requests themself and then tries to approve their own request: refused, and trailed
        mvc.perform(post("/assets/" + data + "/disposal").with(csrf()).with(signedIn(admin)).param("version", "2")
                .param("disposedOn", "2026-06-01").param("person", "総務課").param("method", "破砕"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assets/" + data + "/disposal/approval").with(csrf()).with(signedIn(admin))
                .param("version", "3")).andExpect(status().is(422));
        assertThat(trailSummaries("trail.attempt.refused")).hasSize(2).last().asString().contains("兼務の禁止");
    }

    private List<String> trailSummaries(String action) {
        return jdbc.sql("SELECT summary FROM trail_entry WHERE tenant_id = ? AND action = ? ORDER BY seq")
                .params(town.tenantId(), action).query(String.class).list();
    }

    @Test
    void disposalOfAConfidentialAssetWaitsForTheManagersApproval() throws Exception {
        var clerk = AssetFixture.user(town, town.clerk(), Set.of(Permission.ASSET_VIEW, Permission.ASSET_EDIT,
                Permission.ASSET_DISPOSAL_APPROVE), Set.of(town.soumu(), town.soumuSub()));
        mvc.perform(post("/assets/" + data + "/disposal").with(csrf()).with(signedIn(clerk)).param("version", "0")
                .param("disposedOn", "2026-05-01").param("person", "委託業者 山田").param("method", "物理破壊（穿孔）"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(data)).isEqualTo("DISPOSAL_REQUESTED");
        // The clerk holds the permission but is not the asset's 管理者.
        mvc.perform(post("/assets/" + data + "/disposal/approval").with(csrf()).with(signedIn(clerk))
                .param("version", "1")).andExpect(status().is(422));
        mvc.perform(post("/assets/" + data + "/disposal/approval").with(csrf()).with(signedIn(admin))
                .param("version", "1")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(data)).isEqualTo("DISPOSED");
        assertThat(jdbc.sql("SELECT disposal_approver_id FROM information_asset WHERE id = ?").param(data)
                .query(UUID.class).single()).isEqualTo(town.soumuManager());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action = 'asset.asset.disposed'")
                .param(town.tenantId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void handlingRulesAreEditablePerTenantAndShownOnTheAsset() throws Exception {
        mvc.perform(post("/assets/handling-rules").with(csrf()).with(signedIn(admin)).param("handlingClass", "R6_3B")
                .param("step", "STORAGE").param("text", "耐火金庫に保管する。")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assets/" + data).with(signedIn(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("耐火金庫に保管する。")));
        mvc.perform(get("/assets/findings").with(signedIn(admin))).andExpect(status().isOk());
        mvc.perform(get("/assets/handling-rules").with(signedIn(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("耐火金庫に保管する。")));
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM information_asset WHERE id = ?").param(id).query(String.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(CurrentUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(authentication(user));
    }

    @Test
    void aTooLongNameSaysTheFieldTheLimitAndTheLength() throws Exception {
        mvc.perform(post("/assets").with(csrf()).with(signedIn(admin)).param("registerNumber", "")
                        .param("name", "長".repeat(AssetDetails.NAME_MAX + 30)).param("kind", "ELECTRONIC_INFORMATION")
                        .param("ownerUnitId", town.soumu().toString()).param("peopleCount", "約100")
                        .param("confidentiality", "R6_2").param("integrity", "LEVEL_1").param("availability", "LEVEL_1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("台帳番号を入力してください（必須）。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("名称は " + AssetDetails.NAME_MAX
                        + " 文字以内で入力してください（いま " + (AssetDetails.NAME_MAX + 30) + " 文字）。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("対象人数（概数）「約100」は 0 以上の整数")));
    }
}
