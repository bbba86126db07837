package jp.mamori.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.ItemState;
import jp.mamori.correction.CorrectiveActions;
import jp.mamori.organization.Organization;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 自己点検 on the demo town: a campaign on a question set from the catalogue, a sheet saved, refused when stale
 * (service and page: 409 with the other person's answers shown), submitted, returned with a note, accepted; results
 * count accepted sheets only; a 未実施 answer publishes {@link ItemNotImplemented} and becomes a corrective action;
 * a reviewer outside the unit is refused.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
@RecordApplicationEvents
class InspectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inspections inspections;
    @Autowired
    CampaignEngine engine;
    @Autowired
    Organization organization;
    @Autowired
    CorrectiveActions corrections;
    @Autowired
    ApplicationEvents events;

    UUID tenant;
    UUID zeimu;
    UUID soumu;
    CurrentUser manager;

    @BeforeEach
    void setUp() {
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        zeimu = unit("120");
        soumu = unit("100");
        manager = new CurrentUser(UUID.randomUUID(), null, tenant, "統括 管理", EnumSet.of(Permission.INSPECTION_MANAGE),
                true, Set.of());
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = ?").params(tenant, code)
                .query(UUID.class).single();
    }

    private UUID startedCampaign() {
        return Actor.system("test").callAs(() -> {
            var set = inspections.createQuestionSet(tenant, "テスト項目", List.of("私物のUSBメモリを使っていない"));
            var id = inspections.createCampaign(tenant, "自己点検 " + UUID.randomUUID().toString().substring(0, 6), set,
                    Set.of(zeimu), inspections.today(tenant).plusWeeks(2));
            inspections.start(tenant, id, 0);
            return id;
        });
    }

    private CurrentUser respondent(UUID campaign) {
        var item = engine.items(tenant, campaign).get(0);
        return new CurrentUser(UUID.randomUUID(), item.staffId(), tenant, "税務 職員", Set.of(), false, Set.of());
    }

    private List<Inspections.Entry> all(UUID campaign, Answer answer, Answer last) {
        var questions = inspections.questions(tenant, inspections.campaign(tenant, campaign).subjectId());
        return questions.stream().map(q -> new Inspections.Entry(q.id(),
                (q == questions.get(questions.size() - 1) ? last : answer).name(), "コメント" + q.position())).toList();
    }

    @Test
    void aQuestionSetFromTheCatalogueHasOneQuestionPerSectionAndTheTenantsOwn() {
        var set = Actor.system("test").callAs(() -> inspections.createQuestionSet(tenant, "項目", List.of("独自の問", " ")));
        var questions = inspections.questions(tenant, set);
        assertThat(questions).hasSizeGreaterThan(10);
        assertThat(questions.get(questions.size() - 1).chapter()).isEqualTo("OWN");
        assertThat(questions.get(questions.size() - 1).text()).isEqualTo("独自の問");
        assertThat(questions.get(0).measureId()).startsWith("MIC-STD-");
    }

    @Test
    void aStaleSaveIsRefusedWithTheStoredSheetNeverOverwritten() {
        var campaign = startedCampaign();
        var staff = respondent(campaign);
        var first = inspections.save(staff, campaign, -1, all(campaign, Answer.IMPLEMENTED, Answer.IMPLEMENTED), false);
        assertThat(first.version()).isZero();
        // Browser A saves on version 0; browser B, which also opened version 0, is refused.
        inspections.save(staff, campaign, 0, all(campaign, Answer.PARTIAL, Answer.PARTIAL), false);
        assertThatThrownBy(() -> inspections.save(staff, campaign, 0,
                all(campaign, Answer.NOT_APPLICABLE, Answer.NOT_APPLICABLE), false))
                .isInstanceOfSatisfying(SheetConflict.class,
                        e -> assertThat(e.current().replies().values()).allMatch(r -> r.answer() == Answer.PARTIAL));
        var stored = inspections.sheet(tenant, campaign, staff.staffId()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.replies().values()).allMatch(r -> r.answer() == Answer.PARTIAL);
        // A second browser's first save, after the first browser created the sheet, is refused too.
        assertThatThrownBy(() -> inspections.save(staff, campaign, -1, all(campaign, Answer.IMPLEMENTED, Answer.IMPLEMENTED),
                false)).isInstanceOf(SheetConflict.class);
    }

    @Test
    void theSecondBrowsersSaveComesBackAs409ShowingTheOtherChange() throws Exception {
        var campaign = startedCampaign();
        var staff = respondent(campaign);
        var questions = inspections.questions(tenant, inspections.campaign(tenant, campaign).subjectId());
        var q = questions.get(0).id();
        var auth = authentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()));
        mvc.perform(get("/inspections/" + campaign).with(auth)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"-1\"")));
        mvc.perform(post("/inspections/" + campaign).with(auth).with(csrf()).param("version", "-1")
                .param("answer-" + q, "PARTIAL").param("comment-" + q, "他方のブラウザの記入"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/inspections/" + campaign).with(auth).with(csrf()).param("version", "-1")
                        .param("answer-" + q, "NOT_IMPLEMENTED").param("comment-" + q, "こちらの記入"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("id=\"conflict\"")))
                .andExpect(content().string(Matchers.containsString("他方のブラウザの記入")))
                .andExpect(content().string(Matchers.containsString("こちらの記入")));
        var stored = inspections.sheet(tenant, campaign, staff.staffId()).orElseThrow();
        assertThat(stored.replies().get(q).comment()).isEqualTo("他方のブラウザの記入");
    }

    @Test
    void submitReturnAcceptThenResultsCountAndNotImplementedBecomesAnEventAndACorrectiveAction() {
        var campaign = startedCampaign();
        var staff = respondent(campaign);
        var partial = all(campaign, Answer.IMPLEMENTED, Answer.IMPLEMENTED).subList(0, 2);
        assertThatThrownBy(() -> inspections.save(staff, campaign, -1, partial, true))
                .isInstanceOf(InspectionRefused.class).hasMessageContaining("incomplete");
        // The refused submit saved nothing: the sheet is still to be created.
        assertThat(inspections.sheet(tenant, campaign, staff.staffId())).isEmpty();
        inspections.save(staff, campaign, -1, all(campaign, Answer.IMPLEMENTED, Answer.NOT_IMPLEMENTED), true);
        assertThat(inspections.item(tenant, campaign, staff.staffId()).state()).isEqualTo(ItemState.SUBMITTED);

        Actor.system("test").runAs(() -> {
            assertThatThrownBy(() -> inspections.review(manager, campaign, staff.staffId(), false, " "))
                    .isInstanceOf(InspectionRefused.class).hasMessageContaining("noteMissing");
            inspections.review(manager, campaign, staff.staffId(), false, "証跡の記載をお願いします");
        });
        var returned = inspections.item(tenant, campaign, staff.staffId());
        assertThat(returned.state()).isEqualTo(ItemState.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("証跡の記載をお願いします");
        assertThat(inspections.resultsByQuestion(tenant, campaign, u -> true)).allMatch(r -> r.total() == 0);

        var version = inspections.sheet(tenant, campaign, staff.staffId()).orElseThrow().version();
        inspections.save(staff, campaign, version, all(campaign, Answer.IMPLEMENTED, Answer.NOT_IMPLEMENTED), true);
        // The 管理者 of another 課 may not review it.
        var otherManager = new CurrentUser(UUID.randomUUID(), null, tenant, "総務 課長",
                EnumSet.of(Permission.INSPECTION_PROGRESS), false, Set.of(soumu));
        Actor.system("test").runAs(() -> assertThatThrownBy(() -> inspections.review(otherManager, campaign,
                staff.staffId(), true, "")).isInstanceOf(InspectionRefused.class).hasMessageContaining("notYourUnit"));
        Actor.system("test").runAs(() -> inspections.review(manager, campaign, staff.staffId(), true, ""));

        var results = inspections.resultsByQuestion(tenant, campaign, u -> true);
        assertThat(results.get(0).of(Answer.IMPLEMENTED)).isEqualTo(1);
        assertThat(results.get(results.size() - 1).of(Answer.NOT_IMPLEMENTED)).isEqualTo(1);
        assertThat(inspections.resultsByUnit(tenant, campaign, u -> true))
                .containsOnlyKeys(inspections.item(tenant, campaign, staff.staffId()).unitId());
        var published = events.stream(ItemNotImplemented.class).filter(e -> e.campaignId().equals(campaign)).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).question()).isEqualTo("私物のUSBメモリを使っていない");

        var notImplemented = published.get(0).questionId();
        var implemented = results.get(0).key();
        Actor.system("test").runAs(() -> {
            assertThatThrownBy(() -> inspections.openCorrectiveAction(manager, campaign, staff.staffId(),
                    UUID.fromString(implemented), "x", inspections.today(tenant).plusMonths(1)))
                    .isInstanceOf(InspectionRefused.class);
            var action = inspections.openCorrectiveAction(manager, campaign, staff.staffId(), notImplemented,
                    "USBメモリの使用を管理する", inspections.today(tenant).plusMonths(1));
            var opened = corrections.get(tenant, action);
            assertThat(opened.title()).isEqualTo("USBメモリの使用を管理する");
            assertThat(organization.unitWithDescendants(tenant, zeimu)).contains(opened.ownerUnitId());
        });
    }

    @Test
    void theExportListsEachRespondentWithTheirAnswers() throws Exception {
        var campaign = startedCampaign();
        var staff = respondent(campaign);
        inspections.save(staff, campaign, -1, all(campaign, Answer.IMPLEMENTED, Answer.NOT_IMPLEMENTED), false);
        var auth = authentication(new UsernamePasswordAuthenticationToken(manager, null, List.of()));
        var started = mvc.perform(get("/inspections/campaigns/" + campaign + "/export.csv").with(auth)).andReturn();
        var csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("私物のUSBメモリを使っていない").contains("未実施").contains("回答中");
        // A respondent without the permission gets no export.
        mvc.perform(get("/inspections/campaigns/" + campaign + "/export.csv")
                .with(authentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()))))
                .andExpect(status().isForbidden());
    }
}
