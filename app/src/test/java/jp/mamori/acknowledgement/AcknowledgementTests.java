package jp.mamori.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.campaign.CampaignProgress;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.TestMailServer;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffKind;
import jp.mamori.policy.DocumentKind;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.policy.RevisionSummary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 読了確認 on the demo town 久米南町 with its 基本方針: the snapshot at start, rules, permissions per endpoint, tenant
 * isolation, confirmations bound to their revision, progress by unit within reach, reminders that reach a real SMTP
 * server only for those who have not confirmed, and the export.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.mail.poll-interval=200ms",
        "mamori.base-url=https://mamori.test.example"})
@AutoConfigureMockMvc
class AcknowledgementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampaignManagement management;
    @Autowired
    CampaignPages pages;
    @Autowired
    PolicyLibrary policies;
    @Autowired
    Organization organization;
    @Autowired
    JavaMailSenderImpl sender;

    TestMailServer server;
    UUID tenant;
    UUID soumu;
    UUID zeimu;
    RevisionSummary inForce;
    RevisionSummary older;
    CurrentUser manager;

    @BeforeEach
    void setUp() {
        server = TestMailServer.start();
        sender.setPort(server.port());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        soumu = unit("100");
        zeimu = unit("120");
        var basic = policies.approvedRevisions(tenant).stream()
                .filter(r -> r.documentKind() == DocumentKind.BASIC_POLICY).toList();
        inForce = basic.stream().filter(r -> r.number() == 4).findFirst().orElseThrow();
        older = basic.stream().filter(r -> r.number() == 3).findFirst().orElseThrow();
        manager = new CurrentUser(UUID.randomUUID(), null, tenant, "統括 管理", EnumSet.of(Permission.ACKNOWLEDGEMENT_MANAGE),
                true, Set.of());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = ?").params(tenant, code)
                .query(UUID.class).single();
    }

    private List<UUID> staffIn(String... codes) {
        var today = management.today(tenant);
        return organization.staffActiveOn(tenant, today).stream()
                .filter(s -> List.of(codes).contains(jdbc.sql("SELECT code FROM org_unit WHERE id = ?").param(s.unitId())
                        .query(String.class).single()))
                .map(s -> s.id()).toList();
    }

    private UUID campaign(RevisionSummary revision, CampaignTarget target) {
        return Actor.system("test").callAs(() -> management.create(tenant,
                new CampaignDraft("読了確認 " + UUID.randomUUID().toString().substring(0, 6), revision.revisionId(), target,
                        management.today().plusWeeks(3))));
    }

    private UUID started(RevisionSummary revision, CampaignTarget target) {
        var id = campaign(revision, target);
        Actor.system("test").runAs(() -> management.start(tenant, id, 0));
        return id;
    }

    private static CurrentUser staffUser(UUID tenantId, UUID staffId) {
        return new CurrentUser(UUID.randomUUID(), staffId, tenantId, "職員", Set.of(), false, Set.of());
    }

    private static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
    }

    private void confirm(UUID campaign, UUID staffId) {
        var user = staffUser(tenant, staffId);
        Actor.system("test").runAs(() -> management.confirm(user, campaign, staffId, true));
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void startingAsksTheTargetedStaffInServiceOnThatDay() {
        var unitCampaign = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        assertThat(Set.copyOf(management.targeted(management.campaign(tenant, unitCampaign), management.today(tenant))
                .stream().map(s -> s.id()).toList())).isEqualTo(Set.copyOf(staffIn("120", "1201", "1202")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_item WHERE campaign_id = ?").param(unitCampaign)
                .query(Long.class).single()).isEqualTo(staffIn("120", "1201", "1202").size());

        var fiscal = started(inForce, new CampaignTarget(false, Set.of(), EnumSet.of(StaffKind.FISCAL_YEAR_APPOINTED)));
        var expected = organization.staffActiveOn(tenant, management.today(tenant)).stream()
                .filter(s -> s.kind() == StaffKind.FISCAL_YEAR_APPOINTED).count();
        assertThat(expected).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign_item WHERE campaign_id = ?").param(fiscal)
                .query(Long.class).single()).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'acknowledgement.campaign.started'"
                + " AND object_id = ?").param(fiscal.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesToStartWithoutTargetsAndToConfirmAClosedCampaign() {
        var none = campaign(inForce, new CampaignTarget(false, Set.of(), Set.of()));
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> management.start(tenant, none, 0)))
                .isInstanceOf(jp.mamori.kernel.Refused.class).hasMessageContaining("campaign.refused.noTarget");

        var closed = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        Actor.system("test").runAs(() -> management.close(tenant, closed, 1));
        var someone = staffIn("1201").get(0);
        assertThatThrownBy(() -> confirm(closed, someone)).isInstanceOf(AcknowledgementRefused.class)
                .hasMessageContaining("campaign.refused.notOpen");
        // A stale version is a conflict.
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> management.close(tenant, closed, 1)))
                .isInstanceOf(jp.mamori.kernel.EditConflict.class);
    }

    @Test
    void nobodyConfirmsForSomeoneElseAndTheCheckboxIsNeeded() throws Exception {
        var id = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var people = staffIn("1201");
        var me = staffUser(tenant, people.get(0));
        var page = page("/acknowledgements/" + id, me);
        assertThat(page).contains("情報セキュリティ").contains("name=\"agreed\"").contains("_csrf");

        mvc.perform(post("/acknowledgements/" + id + "/confirm").param("staffId", people.get(1).toString())
                .param("agreed", "true").with(csrf()).with(as(me))).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/acknowledgements/" + id + "/confirm").param("staffId", people.get(0).toString())
                .with(csrf()).with(as(me))).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ?").param(id).query(Long.class)
                .single()).isZero();
        mvc.perform(post("/acknowledgements/" + id + "/confirm").param("staffId", people.get(0).toString())
                .param("agreed", "true")).andExpect(status().is4xxClientError()); // no CSRF token, not signed in
        mvc.perform(post("/acknowledgements/" + id + "/confirm").param("staffId", people.get(0).toString())
                .param("agreed", "true").with(csrf()).with(as(me))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ? AND staff_id = ? AND account_id = ?")
                .params(id, people.get(0), me.accountId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'acknowledgement.confirmed' AND object_id = ?")
                .param(id + "/" + people.get(0)).query(Long.class).single()).isEqualTo(1);

        // Someone the campaign does not ask gets a 404, as for a campaign that does not exist.
        var outsider = staffUser(tenant, staffIn("1001").get(0));
        mvc.perform(get("/acknowledgements/" + id).with(as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void aConfirmationStaysBoundToItsRevisionAndANewerRevisionIsAskedAgain() throws Exception {
        var person = staffIn("1202").get(0);
        var first = started(older, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        confirm(first, person);
        var second = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));

        assertThat(jdbc.sql("SELECT revision_id FROM acknowledgement WHERE campaign_id = ? AND staff_id = ?")
                .params(first, person).query(UUID.class).single()).isEqualTo(older.revisionId());
        var mine = page("/acknowledgements", staffUser(tenant, person));
        assertThat(mine).contains(management.campaign(tenant, second).title()).contains("未確認");
        confirm(second, person);
        // Only this test's campaigns: the demo's own campaigns may hold confirmations of the same person.
        assertThat(jdbc.sql("SELECT revision_id FROM acknowledgement WHERE staff_id = ? AND campaign_id IN (?, ?)"
                + " ORDER BY confirmed_at").params(person, first, second).query(UUID.class).list())
                .containsExactly(older.revisionId(), inForce.revisionId());
    }

    @Test
    void progressByUnitShowsOnlyTheUnitsWithinReachToProgressReaders() throws Exception {
        var id = started(inForce, new CampaignTarget(true, Set.of(), Set.of()));
        var taxClerks = staffIn("1201");
        taxClerks.forEach(s -> confirm(id, s));

        var all = pages.progress(manager, id);
        var tax = all.units().stream().filter(u -> u.unitName().equals("税務係")).findFirst().orElseThrow();
        assertThat(tax.requested()).isEqualTo(taxClerks.size());
        assertThat(tax.confirmed()).isEqualTo(taxClerks.size());
        assertThat(tax.percent()).isEqualTo(100);
        assertThat(tax.complete()).isTrue();
        assertThat(all.units()).extracting(CampaignProgress.UnitProgress::unitName).contains("総務係", "住民係");

        var zeimuReach = organization.unitWithDescendants(tenant, zeimu);
        var sectionManager = new CurrentUser(UUID.randomUUID(), null, tenant, "税務 課長",
                EnumSet.of(Permission.ACKNOWLEDGEMENT_PROGRESS), false, zeimuReach);
        var scoped = pages.progress(sectionManager, id);
        assertThat(scoped.units()).extracting(CampaignProgress.UnitProgress::unitId).allMatch(zeimuReach::contains)
                .isNotEmpty();
        var html = page("/acknowledgements/campaigns/" + id, sectionManager);
        assertThat(html).contains("税務係").doesNotContain("総務係").doesNotContain(">開始<");

        var json = page("/api/v1/acknowledgements/campaigns/" + id + "/progress", sectionManager);
        assertThat(json).contains("\"unitName\":\"税務係\"").contains("\"percent\":100").doesNotContain("総務係");
    }

    @Test
    void aReminderReachesOnlyThoseNotConfirmedAndNamesThoseWithoutAnAddress() throws Exception {
        var id = started(inForce, new CampaignTarget(false, Set.of(soumu), Set.of()));
        var statuses = organization.staffActiveOn(tenant, management.today(tenant)).stream()
                .filter(s -> organization.unitWithDescendants(tenant, soumu).contains(s.unitId())).toList();
        var confirmedPerson = statuses.stream().filter(s -> s.email() != null).findFirst().orElseThrow();
        confirm(id, confirmedPerson.id());

        var result = Actor.system("test").callAs(() -> management.remind(tenant, id, 1));
        var withAddress = statuses.stream().filter(s -> s.email() != null && !s.id().equals(confirmedPerson.id())).toList();
        assertThat(result.round()).isEqualTo(1);
        assertThat(result.queued()).isEqualTo(withAddress.size());
        assertThat(result.withoutAddress()).extracting(s -> s.kind()).containsOnly(StaffKind.CONTRACTOR).isNotEmpty();

        var someone = withAddress.get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> withAddress.stream().allMatch(s -> server.to(s.email()).size() == 1));
        var mail = server.to(someone.email()).get(0);
        assertThat(mail.subject()).startsWith("【読了確認のお願い】");
        assertThat(mail.body()).contains(someone.name()).contains("https://mamori.test.example/acknowledgements/" + id);
        assertThat(server.to(confirmedPerson.email())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'acknowledgement.campaign.reminded'"
                + " AND object_id = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void remindingTwiceSendsOneRoundAndThePageNamesThoseWithoutAnAddress() throws Exception {
        // 総務課 has contractors without a mail address: their names go through the (database-stored) session to the
        // next page, which failed with NotSerializableException for StaffMember, caught here by the
        // session check that every test context runs (SessionSerialisationCheck).
        var id = started(inForce, new CampaignTarget(false, Set.of(soumu), Set.of()));
        var first = mvc.perform(post("/acknowledgements/campaigns/" + id + "/remind").param("version", "1")
                        .with(csrf()).with(as(manager)))
                .andExpect(status().is3xxRedirection()).andReturn();
        var unreached = (List<?>) first.getFlashMap().get("withoutAddress");
        assertThat(unreached).isNotEmpty();
        assertThat(first.getFlashMap().get("flash").toString()).contains("第1回");
        var queued = jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key LIKE ?")
                .param("acknowledgement:" + id + ":%").query(Long.class).single();
        assertThat(queued).isPositive();

        // The clerk sends the same form again: nothing is sent, and the page says why.
        var second = mvc.perform(post("/acknowledgements/campaigns/" + id + "/remind").param("version", "1")
                        .with(csrf()).with(as(manager)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(second.getFlashMap().get("flash").toString()).contains("送りませんでした");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key LIKE ?")
                .param("acknowledgement:" + id + ":%").query(Long.class).single()).isEqualTo(queued);
        assertThat(management.campaign(tenant, id).reminderRound()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'acknowledgement.campaign.reminded'"
                + " AND object_id = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDueDateInThePastIsRefusedNextToTheDueDateField() throws Exception {
        var yesterday = management.today().minusDays(1);
        var before = jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single();
        var html = mvc.perform(post("/acknowledgements/campaigns").param("title", "期限切れの読了確認")
                        .param("revisionId", inForce.revisionId().toString()).param("targetAll", "true")
                        .param("dueOn", yesterday.toString()).with(csrf()).with(as(manager)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"dueOn-error\"").contains("過去の日付は指定できません")
                .contains("value=\"期限切れの読了確認\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign").query(Long.class).single()).isEqualTo(before);

        var draft = campaign(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        mvc.perform(post("/acknowledgements/campaigns/" + draft).param("version", "0").param("title", "変更")
                        .param("revisionId", inForce.revisionId().toString()).param("targetAll", "true")
                        .param("dueOn", yesterday.toString()).with(csrf()).with(as(manager)))
                .andExpect(status().isUnprocessableContent());
        assertThat(management.campaign(tenant, draft).dueOn()).isAfter(yesterday);
        // Today is still allowed.
        mvc.perform(post("/acknowledgements/campaigns").param("title", "本日期限の読了確認")
                        .param("revisionId", inForce.revisionId().toString()).param("targetAll", "true")
                        .param("dueOn", management.today().toString()).with(csrf()).with(as(manager)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void everyEndpointChecksItsPermission() throws Exception {
        var id = campaign(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var nobody = new CurrentUser(UUID.randomUUID(), null, tenant, "一般", Set.of(), false, Set.of());
        var progressOnly = new CurrentUser(UUID.randomUUID(), null, tenant, "課長",
                EnumSet.of(Permission.ACKNOWLEDGEMENT_PROGRESS), false, organization.unitWithDescendants(tenant, zeimu));
        var progressPaths = List.of("/acknowledgements/campaigns", "/acknowledgements/campaigns/" + id,
                "/api/v1/acknowledgements/campaigns", "/api/v1/acknowledgements/campaigns/" + id + "/progress");
        var managePaths = List.of("/acknowledgements/campaigns/new", "/acknowledgements/campaigns/" + id + "/edit",
                "/acknowledgements/campaigns/" + id + "/start", "/acknowledgements/campaigns/" + id + "/remind",
                "/acknowledgements/campaigns/" + id + "/close", "/acknowledgements/campaigns/" + id + "/add-staff");
        for (var path : progressPaths) {
            mvc.perform(get(path).with(as(nobody))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(progressOnly))).andExpect(status().isOk());
        }
        mvc.perform(get("/acknowledgements/campaigns/" + id + "/export.csv").with(as(nobody)))
                .andExpect(status().isForbidden());
        for (var path : managePaths) {
            mvc.perform(get(path).with(as(progressOnly))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(as(manager))).andExpect(status().isOk());
        }
        for (var action : List.of("", "/start", "/remind", "/close", "/add-staff")) {
            mvc.perform(post("/acknowledgements/campaigns/" + id + action).param("version", "0")
                    .param("title", "x").with(csrf()).with(as(progressOnly))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/acknowledgements/campaigns").param("title", "x").with(csrf()).with(as(progressOnly)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/acknowledgements")).andExpect(status().is3xxRedirection());
        assertThat(page("/acknowledgements", nobody)).contains("私の読了確認");
    }

    @Test
    void anotherTenantsCampaignIsNotFoundByAnyRoute() throws Exception {
        var id = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var otherTenant = UUID.randomUUID();
        var stranger = new CurrentUser(UUID.randomUUID(), staffIn("1201").get(0), otherTenant, "他団体",
                EnumSet.allOf(Permission.class), true, Set.of());
        for (var path : List.of("/acknowledgements/campaigns/" + id, "/acknowledgements/campaigns/" + id + "/edit",
                "/acknowledgements/campaigns/" + id + "/remind", "/acknowledgements/campaigns/" + id + "/export.csv",
                "/api/v1/acknowledgements/campaigns/" + id + "/progress", "/acknowledgements/" + id)) {
            mvc.perform(get(path).with(as(stranger))).andExpect(status().isNotFound());
        }
        for (var action : List.of("/remind", "/close", "/add-staff")) {
            mvc.perform(post("/acknowledgements/campaigns/" + id + action).param("version", "1").with(csrf())
                    .with(as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/acknowledgements/" + id + "/confirm").param("staffId", stranger.staffId().toString())
                .param("agreed", "true").with(csrf()).with(as(stranger))).andExpect(status().isNotFound());
        var list = page("/acknowledgements/campaigns", stranger);
        assertThat(list).doesNotContain(management.campaign(tenant, id).title());
    }

    @Test
    void theExportListsWhoHasAndHasNotConfirmed() throws Exception {
        var id = started(inForce, new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var people = staffIn("1201");
        confirm(id, people.get(0));
        var csv = mvc.perform(asyncDispatch(mvc.perform(get("/acknowledgements/campaigns/" + id + "/export.csv")
                .with(as(manager))).andReturn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var confirmedName = organization.staffMember(tenant, people.get(0)).orElseThrow().name();
        var lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("職員番号").contains("状態").contains("対象の版").contains("（Asia/Tokyo）");
        assertThat(lines).hasSize(1 + staffIn("120", "1201", "1202").size());
        assertThat(lines.stream().filter(l -> l.contains(confirmedName)).findFirst().orElseThrow())
                .contains("確認済み").contains("第4版");
        assertThat(lines.stream().filter(l -> l.contains("未確認")).count())
                .isEqualTo(staffIn("120", "1201", "1202").size() - 1);
        var xlsx = mvc.perform(asyncDispatch(mvc.perform(get("/acknowledgements/campaigns/" + id + "/export.xlsx")
                .with(as(manager))).andReturn())).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
    }
}
