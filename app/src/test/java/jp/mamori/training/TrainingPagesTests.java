package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

/**
 * The training pages: a member of staff sees their own course and its quiz, not another's and not the managers'
 * pages; a manager sees the completion chart and exports who did what with the number of attempts.
 */
@DatabaseTest
// A context (and so a database) of its own: attempts change the demo town's training that other classes read.
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.own-context=training-pages"})
@AutoConfigureMockMvc
class TrainingPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    UUID tenant;
    UUID campaign;

    @BeforeEach
    void setUp() {
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        campaign = jdbc.sql("SELECT id FROM campaign WHERE tenant_id = ? AND title = ?")
                .params(tenant, TrainingDemo.YEARLY_TITLE).query(UUID.class).single();
    }

    private RequestPostProcessor as(UUID staffId, Set<Permission> permissions) {
        var user = new CurrentUser(UUID.randomUUID(), staffId, tenant, "テスト 職員", permissions, true, Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    @Test
    void staffTakeTheirOwnCourseOnlyAndManagersSeeTheChartAndExport() throws Exception {
        var staff = jdbc.sql("SELECT staff_id FROM campaign_item WHERE campaign_id = ? AND state = 'PENDING' ORDER BY staff_id")
                .param(campaign).query(UUID.class).list().get(0);
        var me = as(staff, Set.of());
        var mine = mvc.perform(get("/training").with(me)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains(TrainingDemo.YEARLY_TITLE);
        var page = mvc.perform(get("/training/" + campaign).with(me)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("会計年度任用職員を含む").contains("name=\"q-");
        mvc.perform(post("/training/" + campaign + "/attempt").with(me).with(csrf()))
                .andExpect(redirectedUrl("/training/" + campaign));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM training_attempt WHERE staff_id = ? AND passed = FALSE").param(staff)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/training/" + campaign).with(as(UUID.randomUUID(), Set.of()))).andExpect(status().isNotFound());
        mvc.perform(get("/training/campaigns").with(me)).andExpect(status().isForbidden());
        mvc.perform(get("/training/campaigns/" + campaign + "/export.csv").with(me)).andExpect(status().isForbidden());

        var manager = as(null, EnumSet.of(Permission.TRAINING_MANAGE));
        var chart = mvc.perform(get("/training/campaigns/" + campaign).with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chart).contains("<svg").contains("税務係");
        var csv = mvc.perform(asyncDispatch(mvc.perform(get("/training/campaigns/" + campaign + "/export.csv")
                .with(manager)).andReturn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("回答回数");
        assertThat(csv).contains("未修了");
    }
}
