package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static jp.mamori.organization.OrganizationWebFixture.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 人事異動 page on the demo town: the prepared list previews with its vacancy warning, access changes and the
 * course the new 情報セキュリティ管理者 must take; confirming applies it and the 体制図 shows the new state (the
 * leaver gone, the new manager in the 課's box). Only ORGANIZATION_EDIT may use it.
 */
@DatabaseTest
// A context (and so a database) of its own: applying changes the demo town that other classes read as loaded.
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.own-context=personnel-pages"})
@AutoConfigureMockMvc
class PersonnelPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;

    @Test
    void demoListPreviewsAppliesAndTheChartShowsTheNewState() throws Exception {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var sample = new String(jdbc.sql("SELECT content FROM personnel_sample WHERE tenant_id = ?").param(tenant)
                .query((rs, n) -> rs.getBytes(1)).single(), StandardCharsets.UTF_8).lines().toList();
        var leaver = organization.staffByNumber(tenant, sample.get(1).split(",")[0]).orElseThrow();
        var newManager = organization.staffByNumber(tenant, sample.get(2).split(",")[0]).orElseThrow();
        var me = as(admin(tenant));

        var before = mvc.perform(get("/organization/chart.svg").with(me)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(before).contains(leaver.name()).doesNotContain(newManager.name());
        var page = mvc.perform(get("/organization/personnel").with(me)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(PersonnelDemo.FILE_NAME);

        var preview = mvc.perform(post("/organization/personnel/sample").with(me).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("異動 1 名、採用 1 名、退職 1 名、役割の任命 1 件")
                .contains("情報セキュリティ責任者（産業建設課）が")
                .contains("情報セキュリティ管理者研修")
                .contains("限りで終了");
        var upload = Pattern.compile("name=\"upload\" value=\"([0-9a-f-]{36})\"").matcher(preview);
        assertThat(upload.find()).isTrue();

        mvc.perform(post("/organization/personnel/confirm").param("upload", upload.group(1)).with(me).with(csrf()))
                .andExpect(redirectedUrl("/organization/chart"));
        var after = mvc.perform(get("/organization/chart.svg").with(me)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains(newManager.name()).doesNotContain(leaver.name());
    }

    @Test
    void onlyOrganizationEditorsMayPreviewOrApply() throws Exception {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var me = as(viewer(tenant));
        mvc.perform(get("/organization/personnel").with(me)).andExpect(status().isForbidden());
        mvc.perform(post("/organization/personnel/sample").with(me).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/organization/personnel/confirm").param("upload", UUID.randomUUID().toString()).with(me)
                .with(csrf())).andExpect(status().isForbidden());
    }
}
