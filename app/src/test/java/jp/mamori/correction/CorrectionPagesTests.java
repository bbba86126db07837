package jp.mamori.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.TenantCalendar;

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
 * The register's pages on the demo town: the list within the reader's reach, search and the overdue filter, an
 * action's page with its notes and history, each step with its refusal on the page (the completer cannot verify),
 * the confirmation before a final verification, the export in the tenant's zone and the JSON API.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class CorrectionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired CorrectiveActions actions;
    @Autowired TenantCalendar calendar;
    @Autowired JdbcClient jdbc;

    UUID town;
    UUID soumu;
    UUID zeimu;
    UUID action;
    UUID elsewhere;

    @BeforeEach
    void setUp() {
        town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        soumu = unit("100");
        zeimu = unit("120");
        var source = new CorrectiveActionSource("audit", "AuditFinding", UUID.randomUUID().toString(), "指摘 2026-1");
        action = Actor.system("test").callAs(() -> actions.open(town, source, "USB メモリの管理台帳を整備する " + UUID.randomUUID(),
                soumu, calendar.today(town).plusDays(14)));
        elsewhere = Actor.system("test").callAs(() -> actions.open(town, source, "税務の端末を棚卸しする " + UUID.randomUUID(),
                zeimu, calendar.today(town).plusDays(7)));
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = ?").params(town, code)
                .query(UUID.class).single();
    }

    private RequestPostProcessor as(UUID accountId, Set<UUID> units, Permission... permissions) {
        var user = new CurrentUser(accountId, null, town, "職員 " + accountId.toString().substring(0, 4),
                Set.of(permissions), units.isEmpty(), units);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    private String title(UUID id) {
        return actions.get(town, id).title();
    }

    @Test
    void theListShowsOnlyTheActionsOfTheReadersUnitsAndFindsByText() throws Exception {
        var soumuReader = as(UUID.randomUUID(), Set.of(soumu), Permission.CORRECTION_VIEW);
        var page = mvc.perform(get("/corrections").with(soumuReader)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(title(action)).doesNotContain(title(elsewhere));
        var everyone = as(UUID.randomUUID(), Set.of(), Permission.CORRECTION_VIEW);
        var found = mvc.perform(get("/corrections").param("q", "棚卸し").with(everyone)).andReturn().getResponse()
                .getContentAsString();
        assertThat(found).contains(title(elsewhere)).doesNotContain(title(action));
        // Another unit's action is not found, not forbidden: its existence is not disclosed.
        assertThat(mvc.perform(get("/corrections/" + elsewhere).with(soumuReader)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/corrections").with(as(UUID.randomUUID(), Set.of(), Permission.ASSET_VIEW)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theStepsRunFromTheActionsPageAndTheCompleterCannotVerify() throws Exception {
        var owner = UUID.randomUUID();
        var ownerUser = as(owner, Set.of(soumu), Permission.CORRECTION_VIEW, Permission.CORRECTION_EDIT);
        assertThat(mvc.perform(post("/corrections/" + action + "/progress").with(ownerUser).with(csrf())
                .param("version", "0").param("note", "様式を作成しました")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/corrections/" + action);
        mvc.perform(post("/corrections/" + action + "/complete").with(ownerUser).with(csrf()).param("version", "1")
                .param("note", "全課分を登録しました"));
        assertThat(actions.get(town, action).state()).isEqualTo(CorrectiveActionState.DONE);

        var refused = mvc.perform(post("/corrections/" + action + "/verify").with(ownerUser).with(csrf())
                .param("version", "2").param("effective", "true").param("confirmed", "true").param("note", "確認"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("完了した本人は、その有効性を確認できません")
                .contains("全課分を登録しました");

        var verifier = as(UUID.randomUUID(), Set.of(), Permission.CORRECTION_VIEW, Permission.CORRECTION_EDIT);
        var unconfirmed = mvc.perform(post("/corrections/" + action + "/verify").with(verifier).with(csrf())
                .param("version", "2").param("effective", "true").param("note", "抜き取りで確認")).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(unconfirmed.getContentAsString()).contains("取り消せません");
        assertThat(actions.get(town, action).state()).isEqualTo(CorrectiveActionState.DONE);

        mvc.perform(post("/corrections/" + action + "/verify").with(verifier).with(csrf()).param("version", "2")
                .param("effective", "true").param("confirmed", "true").param("note", "抜き取りで確認"));
        assertThat(actions.get(town, action).state()).isEqualTo(CorrectiveActionState.VERIFIED);
        var detail = mvc.perform(get("/corrections/" + action).with(verifier)).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("改善措置の有効性を確認", "様式を作成しました", "（Asia/Tokyo）")
                .doesNotContain("id=\"verify\"");
    }

    @Test
    void aStaleStepIsAConflictNotAnOverwrite() throws Exception {
        var ownerUser = as(UUID.randomUUID(), Set.of(soumu), Permission.CORRECTION_VIEW, Permission.CORRECTION_EDIT);
        mvc.perform(post("/corrections/" + action + "/progress").with(ownerUser).with(csrf()).param("version", "0")
                .param("note", "一人目"));
        var stale = mvc.perform(post("/corrections/" + action + "/progress").with(ownerUser).with(csrf())
                .param("version", "0").param("note", "二人目")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(actions.get(town, action).notes()).extracting(CorrectiveAction.Note::text).containsExactly("一人目");
    }

    @Test
    void theExportStatesTheZoneAndTheApiListsWithinReach() throws Exception {
        var reader = as(UUID.randomUUID(), Set.of(soumu), Permission.CORRECTION_VIEW);
        var csv = mvc.perform(asyncDispatch(mvc.perform(get("/corrections/export.csv").with(reader)).andReturn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("件名", "完了日時（Asia/Tokyo）");
        assertThat(csv).contains(title(action)).doesNotContain(title(elsewhere));
        var json = mvc.perform(get("/api/v1/corrective-actions").with(reader)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(action.toString()).doesNotContain(elsewhere.toString());
    }
}
