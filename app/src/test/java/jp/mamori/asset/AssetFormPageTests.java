package jp.mamori.asset;

import static jp.mamori.asset.AssetFixture.authentication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The asset form as a clerk meets it: the manager picked by name or number, classes explained and chosen. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class AssetFormPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AssetFixture.Town town;
    AssetFixture.Town other;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        other = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        admin = AssetFixture.admin(town, town.soumuManager());
    }

    @Test
    void theStaffSearchFindsByNameOrNumberOnlyTheTenantsStaff() throws Exception {
        var body = mvc.perform(get("/assets/staff-search").param("q", "課長").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("100001 総務 課長（総務課）", "100002 税務 課長", town.soumuManager().toString())
                .doesNotContain(other.soumuManager().toString(), other.zeimuManager().toString());
        mvc.perform(get("/assets/staff-search").param("q", "１００００２").with(as(admin)))
                .andExpect(content().string(containsString("税務 課長")))
                .andExpect(content().string(not(containsString("総務 課長"))));
    }

    @Test
    void theStaffSearchListsOnlyStaffOfUnitsWithinTheUsersReach() throws Exception {
        var zeimuClerk = AssetFixture.user(town, town.zeimuManager(), Set.of(Permission.ASSET_VIEW, Permission.ASSET_EDIT),
                Set.of(town.zeimu()));
        mvc.perform(get("/assets/staff-search").param("q", "課長").with(as(zeimuClerk)))
                .andExpect(content().string(containsString("税務 課長")))
                .andExpect(content().string(not(containsString("総務 課長"))));
        mvc.perform(get("/assets/staff-picker").param("staff", town.soumuManager().toString()).with(as(zeimuClerk)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assets/staff-picker").param("staff", other.zeimuManager().toString()).with(as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePickerShowsTheChosenStaffMemberAndHoldsTheirId() throws Exception {
        mvc.perform(get("/assets/staff-picker").param("staff", town.zeimuManager().toString()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("100002 税務 課長（税務住民課）")))
                .andExpect(content().string(containsString("value=\"" + town.zeimuManager() + "\"")));
    }

    @Test
    void aManagerGivenByStaffNumberIsSavedAndShownByNumberAndName() throws Exception {
        var location = mvc.perform(complete("A-9").param("manager", "100002").with(as(admin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jdbc.sql("SELECT manager_staff_id FROM information_asset WHERE tenant_id = ? AND register_number = 'A-9'")
                .param(town.tenantId()).query(UUID.class).single()).isEqualTo(town.zeimuManager());
        mvc.perform(get(location).with(as(admin))).andExpect(content().string(containsString("100002 税務 課長")));
    }

    @Test
    void anUnknownStaffNumberIsAnErrorOnTheManagerField() throws Exception {
        mvc.perform(complete("A-9").param("manager", "999999").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("管理者：入力した職員番号の職員が見つかりません。")))
                .andExpect(content().string(containsString("value=\"999999\"")));
        // Another tenant's staff member is as unknown as a number nobody has.
        mvc.perform(complete("A-9").param("manager", other.zeimuManager().toString()).with(as(admin)))
                .andExpect(content().string(containsString("管理者：入力した職員番号の職員が見つかりません。")));
        assertThat(assetCount()).isZero();
    }

    @Test
    void aNewFormChoosesNoClassAndExplainsEachClassInJapanese() throws Exception {
        mvc.perform(get("/assets/new").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("秘密文書に相当する機密性を要する情報")))
                .andExpect(content().string(containsString("漏えいにより、個人の権利利益を大きく害するおそれがある情報")))
                .andExpect(content().string(containsString("完全性2に当たらない情報")))
                .andExpect(content().string(not(containsString("checked"))));
    }

    @Test
    void theClassesAreExplainedInEnglish() throws Exception {
        mvc.perform(get("/assets/new").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A leak could gravely harm individuals")))
                .andExpect(content().string(containsString("Not integrity 2")));
    }

    @Test
    void aMissingClassIsAnErrorOnEachAxisAndNothingIsRegistered() throws Exception {
        mvc.perform(post("/assets").with(csrf()).with(as(admin)).param("registerNumber", "A-9").param("name", "台帳")
                        .param("kind", "ELECTRONIC_INFORMATION").param("ownerUnitId", town.soumu().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("機密性：分類を一つ選んでください")))
                .andExpect(content().string(containsString("完全性：分類を一つ選んでください")))
                .andExpect(content().string(containsString("可用性：分類を一つ選んでください")));
        assertThat(assetCount()).isZero();
    }

    private MockHttpServletRequestBuilder complete(String number) {
        return post("/assets").with(csrf()).param("registerNumber", number).param("name", "課税台帳")
                .param("kind", "PRINTED_INFORMATION").param("ownerUnitId", town.soumu().toString())
                .param("confidentiality", "R6_2").param("integrity", "LEVEL_1").param("availability", "LEVEL_1");
    }

    private long assetCount() {
        return jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single();
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
    }
}
