package jp.mamori.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class TenantSettingsControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired TenantRegistration registration;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    Tenant mine;
    Tenant theirs;

    @BeforeEach
    void registerTwoTenants() {
        if (tenants.findByCode(LocalGovernmentCode.withCheckDigit("33101")).isEmpty()) {
            transactions.executeWithoutResult(status -> {
                registration.register("甲町", "こうちょう", "Ko Town", LocalGovernmentCode.withCheckDigit("33101"),
                        ClassificationScheme.LEGACY, SeparationModel.ALPHA, false);
                registration.register("乙村", "おつそん", "Otsu Village", LocalGovernmentCode.withCheckDigit("33102"),
                        ClassificationScheme.LEGACY, SeparationModel.ALPHA, false);
            });
        }
        mine = tenants.findByCode(LocalGovernmentCode.withCheckDigit("33101")).orElseThrow();
        theirs = tenants.findByCode(LocalGovernmentCode.withCheckDigit("33102")).orElseThrow();
    }

    static RequestPostProcessor as(UUID tenantId, Set<Permission> permissions) {
        var user = new CurrentUser(UUID.randomUUID(), null, tenantId, "設定 担当", permissions, true, Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    private long version(UUID tenantId) {
        return jdbc.sql("SELECT version FROM tenant WHERE id = ?").param(tenantId).query(Long.class).single();
    }

    @Test
    void needsTheSettingsPermission() throws Exception {
        var reader = as(mine.id(), EnumSet.of(Permission.ORGANIZATION_VIEW));
        mvc.perform(get("/tenant/settings").with(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/tenant/settings").with(reader).with(csrf()).param("name", "X")).andExpect(status().isForbidden());
        mvc.perform(get("/tenant/settings").with(as(mine.id(), EnumSet.of(Permission.TENANT_SETTINGS))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("甲町")));
    }

    @Test
    void savesOnlyTheOwnTenantWithOneTrailEntry() throws Exception {
        var before = jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'tenant.settings.updated'").query(Long.class).single();
        mvc.perform(post("/tenant/settings").with(as(mine.id(), EnumSet.of(Permission.TENANT_SETTINGS))).with(csrf())
                        .param("name", "甲町").param("nameKana", "こうちょう").param("nameRomaji", "Ko Town")
                        .param("code", mine.code().value()).param("fiscalYearStartMonth", "4")
                        .param("scheme", "R6_10").param("separationModel", "BETA").param("mfaForAll", "true")
                        .param("version", String.valueOf(version(mine.id()))))
                .andExpect(status().is3xxRedirection());
        var saved = tenants.find(mine.id()).orElseThrow();
        assertThat(saved.scheme()).isEqualTo(ClassificationScheme.R6_10);
        assertThat(saved.separationModel()).isEqualTo(SeparationModel.BETA);
        assertThat(saved.mfaForAll()).isTrue();
        assertThat(tenants.find(theirs.id()).orElseThrow()).isEqualTo(theirs);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'tenant.settings.updated' AND tenant_id = ?")
                .param(mine.id()).query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingTheSeparationModelListsTheNotApplicableLinesWhoseReasonMayNoLongerHold() throws Exception {
        var code = LocalGovernmentCode.withCheckDigit("33103");
        transactions.executeWithoutResult(status -> registration.register("丙町", "へいちょう", "Hei Town", code,
                ClassificationScheme.LEGACY, SeparationModel.ALPHA, false));
        var town = tenants.findByCode(code).orElseThrow();
        for (var line : new String[][] {{"MIC-STD-4.1.2", "αモデルのため不要"}, {"MIC-STD-4.2.1", "該当システムがない"}}) {
            jdbc.sql("""
                    INSERT INTO catalog_applicability (id, tenant_id, measure_id, edition, applicability, reason, status,
                        local_article, notes, updated_at, version)
                    VALUES (?, ?, ?, 'mic-r7.03', 'NOT_APPLICABLE', ?, 'NOT_APPLICABLE', '', '', CURRENT_TIMESTAMP, 0)""")
                    .params(UUID.randomUUID(), town.id(), line[0], line[1]).update();
        }
        var admin = as(town.id(), EnumSet.of(Permission.TENANT_SETTINGS, Permission.CATALOG_VIEW));
        var result = mvc.perform(post("/tenant/settings").with(admin).with(csrf())
                        .param("name", "丙町").param("nameKana", "へいちょう").param("nameRomaji", "Hei Town")
                        .param("code", code.value()).param("fiscalYearStartMonth", "4")
                        .param("scheme", "LEGACY").param("separationModel", "BETA").param("mfaForAll", "false")
                        .param("version", String.valueOf(version(town.id()))))
                .andExpect(status().is3xxRedirection()).andReturn();
        var doubts = (java.util.List<String[]>) result.getFlashMap().get("separationDoubts");
        assertThat(doubts).extracting(d -> d[0]).singleElement().asString().startsWith("MIC-STD-4.1.2");
        // the flash lives in the JDBC session, found by its cookie as a browser would send it
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/tenant/settings").cookie(result.getResponse().getCookies()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.getElementById("separation-doubts").text()).contains("1 件").contains("αモデルのため不要");
        assertThat(page.select("#separation-doubts a").attr("href")).isEqualTo("/catalog/measures/MIC-STD-4.1.2");

        // the catalogue marks the same line, and only it
        var catalogue = org.jsoup.Jsoup.parse(mvc.perform(get("/catalog").param("status", "NOT_APPLICABLE").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(catalogue.select(".separation-doubt")).hasSize(1).first().extracting(e -> e.text()).asString()
                .contains("別のモデル");
    }

    @Test
    void refusesACodeWithAWrongCheckDigitOrTakenByAnotherTenant() throws Exception {
        var admin = as(mine.id(), EnumSet.of(Permission.TENANT_SETTINGS));
        mvc.perform(post("/tenant/settings").with(admin).with(csrf())
                        .param("name", "甲町").param("nameKana", "こうちょう").param("nameRomaji", "Ko Town")
                        .param("code", "331019").param("fiscalYearStartMonth", "4")
                        .param("scheme", "LEGACY").param("separationModel", "ALPHA")
                        .param("version", String.valueOf(version(mine.id()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("団体コードが正しくありません")));
        mvc.perform(post("/tenant/settings").with(admin).with(csrf())
                        .param("name", "甲町").param("nameKana", "こうちょう").param("nameRomaji", "Ko Town")
                        .param("code", theirs.code().value()).param("fiscalYearStartMonth", "4")
                        .param("scheme", "LEGACY").param("separationModel", "ALPHA")
                        .param("version", String.valueOf(version(mine.id()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("既に別の団体に登録されています")));
        assertThat(tenants.find(mine.id()).orElseThrow().code()).isEqualTo(mine.code());
    }

    @Test
    void refusedSettingsNameTheFieldAndTheLimit() throws Exception {
        mvc.perform(post("/tenant/settings").with(as(mine.id(), EnumSet.of(Permission.TENANT_SETTINGS))).with(csrf())
                        .param("name", " ").param("nameKana", "か".repeat(230)).param("nameRomaji", "Ko Town")
                        .param("code", mine.code().value()).param("fiscalYearStartMonth", "13")
                        .param("scheme", "R6_10").param("separationModel", "BETA")
                        .param("version", String.valueOf(version(mine.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("団体名を入力してください（必須）。")))
                .andExpect(content().string(containsString("団体名（かな）は 200 文字以内で入力してください（いま 230 文字）。")))
                .andExpect(content().string(containsString("年度の開始月には 12 以下の数を入力してください（いま 13）。")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("空白は許可されていません"))));
    }
}
