package jp.mamori.asset;

import static jp.mamori.asset.AssetFixture.authentication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.tenant.ClassificationScheme;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 19: two clicks on 登録 register the asset once; the second lands on the first one's page. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class AssetSubmittedTwiceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AssetFixture.Town town;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);
        admin = AssetFixture.admin(town, town.soumuManager());
    }

    @Test
    void theSecondPostOfTheRegisterFormRegistersNothingAndLandsOnTheFirstAsset() throws Exception {
        var token = formToken(admin);

        var first = mvc.perform(registration(token, admin)).andExpect(status().is3xxRedirection()).andReturn();
        var second = mvc.perform(registration(token, admin)).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(registered("W-1")).isEqualTo(1);
        var assetPage = first.getResponse().getRedirectedUrl();
        assertThat(assetPage).startsWith("/assets/");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(assetPage);
        assertThat(second.getFlashMap().get("flash")).isEqualTo("この送信はすでに処理されています。");
    }

    @Test
    void eachRenderingOfTheFormRegistersOnItsOwn() throws Exception {
        mvc.perform(registration(formToken(admin), admin)).andExpect(status().is3xxRedirection());
        var refused = mvc.perform(registration(formToken(admin), admin)).andReturn();

        // A new form is a new submission: the register number is taken, said on the form, not swallowed.
        assertThat(refused.getResponse().getStatus() / 100).isNotEqualTo(3);
        assertThat(registered("W-1")).isEqualTo(1);
    }

    @Test
    void anotherAccountsTokenIsRefusedAndDoesNotLeadToTheirAsset() throws Exception {
        var token = formToken(admin);
        var first = mvc.perform(registration(token, admin)).andExpect(status().is3xxRedirection()).andReturn();
        var colleague = AssetFixture.admin(town, town.zeimuManager());

        var result = mvc.perform(registration(token, colleague)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
        assertThat(result.getResponse().getContentAsString())
                .doesNotContain(first.getResponse().getRedirectedUrl());
        assertThat(registered("W-1")).isEqualTo(1);
    }

    @Test
    void aRefusedPostGivesItsTokenBackSoTheCorrectedFormGoesThrough() throws Exception {
        var token = formToken(admin);
        mvc.perform(registration(token, admin, "")).andExpect(status().isOk());

        mvc.perform(registration(token, admin)).andExpect(status().is3xxRedirection());

        assertThat(registered("W-1")).isEqualTo(1);
    }

    private String formToken(CurrentUser user) throws Exception {
        var html = mvc.perform(get("/assets/new").with(signedIn(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var token = Jsoup.parse(html).select("form input[name=formToken]").val();
        assertThat(token).isNotBlank();
        return token;
    }

    private int registered(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM information_asset WHERE tenant_id = ? AND register_number = ?")
                .params(town.tenantId(), number).query(Integer.class).single();
    }

    private MockHttpServletRequestBuilder registration(String token, CurrentUser user) {
        return registration(token, user, "窓口受付データ");
    }

    private MockHttpServletRequestBuilder registration(String token, CurrentUser user, String name) {
        return post("/assets").with(csrf()).with(signedIn(user)).param("formToken", token)
                .param("registerNumber", "W-1").param("name", name).param("kind", "ELECTRONIC_INFORMATION")
                .param("ownerUnitId", town.soumu().toString()).param("confidentiality", "R6_2")
                .param("integrity", "LEVEL_1").param("availability", "LEVEL_1");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
    }
}
