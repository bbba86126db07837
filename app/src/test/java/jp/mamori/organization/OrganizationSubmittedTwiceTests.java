package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue 19 on the organisation's create forms: a unit and a staff member posted twice are created once. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class OrganizationSubmittedTwiceTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired OrgUnits units;
    @Autowired JdbcClient jdbc;

    UUID kumenan;
    CurrentUser me;

    @BeforeEach
    void setUp() {
        kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        me = admin(kumenan);
    }

    @Test
    void aUnitPostedTwiceIsCreatedOnce() throws Exception {
        var token = formToken("/organization/units/new");
        var create = post("/organization/units").param("category", "EXECUTIVE").param("level", "SECTION")
                .param("code", "W19").param("name", "二重送信課").param("nameKana", "");

        var first = twice(create, token);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE tenant_id = ? AND code = 'W19'").param(kumenan)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/organization/units");
    }

    @Test
    void aStaffMemberPostedTwiceIsHiredOnceAndTheSecondLandsOnTheirPage() throws Exception {
        var token = formToken("/organization/staff/new");
        var unit = units.findByCode(kumenan, "110").orElseThrow().id();
        var hire = post("/organization/staff").param("staffNumber", "W-19").param("name", "二重 送信")
                .param("nameKana", "にじゅう そうしん").param("kind", "REGULAR").param("unitId", unit.toString())
                .param("email", "").param("activeFrom", "2026-04-01").param("activeTo", "");

        var first = twice(hire, token);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ? AND staff_number = 'W-19'").param(kumenan)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/organization/staff/");
    }

    /** Posts the form twice with one token; the second must land where the first did, saying so. Returns the first. */
    private MvcResult twice(MockHttpServletRequestBuilder form, String token) throws Exception {
        var first = mvc.perform(form.param("formToken", token).with(as(me)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var second = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("flash")).isEqualTo("この送信はすでに処理されています。");
        return first;
    }

    private String formToken(String page) throws Exception {
        var html = mvc.perform(get(page).with(as(me))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var token = Jsoup.parse(html).select("form input[name=formToken]").first().val();
        assertThat(token).isNotBlank();
        return token;
    }
}
