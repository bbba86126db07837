package jp.mamori.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.policy.DocumentKind;
import jp.mamori.policy.PolicyLibrary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo town's 読了確認: a closed 令和7年度 campaign bound to the 基本方針's revision 3 and an open 令和8年度 campaign on
 * the revision in force, loaded once. Same configuration as {@link AcknowledgementTests} (one cached context), so
 * every count here is about the demo's own campaigns, not all campaigns of the town.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.mail.poll-interval=200ms",
        "mamori.base-url=https://mamori.test.example"})
@AutoConfigureMockMvc
class AcknowledgementDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AcknowledgementDemo demo;
    @Autowired
    CampaignManagement management;
    @Autowired
    CampaignPages pages;
    @Autowired
    PolicyLibrary policies;

    UUID tenant;
    UUID closed;
    UUID open;

    @BeforeEach
    void setUp() {
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        closed = campaign(AcknowledgementDemo.CLOSED_TITLE);
        open = campaign(AcknowledgementDemo.OPEN_TITLE);
    }

    private UUID campaign(String title) {
        return jdbc.sql("SELECT id FROM ack_campaign WHERE tenant_id = ? AND title = ?").params(tenant, title)
                .query(UUID.class).single();
    }

    private UUID revision(int number) {
        return policies.approvedRevisions(tenant).stream()
                .filter(r -> r.documentKind() == DocumentKind.BASIC_POLICY && r.number() == number).findFirst()
                .orElseThrow().revisionId();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }

    @Test
    void loadsOnceEvenOnASecondReadyEventOrRestart() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        demo.loadWhenTheTownIsThere(); // what a restart does
        for (var title : List.of(AcknowledgementDemo.CLOSED_TITLE, AcknowledgementDemo.OPEN_TITLE)) {
            assertThat(count("SELECT COUNT(*) FROM ack_campaign WHERE tenant_id = ? AND title = ?", tenant, title))
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT actor_kind || ':' || actor_id FROM trail_entry WHERE tenant_id = ?"
                + " AND action = 'acknowledgement.demo.loaded'").param(tenant).query(String.class).list())
                .containsExactly("system:demo");
        // No campaign events of their own, and no mail: the reminder round is recorded on the campaign only.
        assertThat(count("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_id IN (?, ?)", tenant,
                closed.toString(), open.toString())).isZero();
        assertThat(count("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key LIKE ?",
                "acknowledgement:" + open + ":%")).isZero();
    }

    @Test
    void theClosedCampaignIsBoundToRevisionThreeNearlyEveryoneConfirmedInThePast() {
        var campaign = management.campaign(tenant, closed);
        assertThat(campaign.state()).isEqualTo(CampaignState.CLOSED);
        assertThat(campaign.revisionId()).isEqualTo(revision(3));
        assertThat(campaign.startedOn()).isBefore(campaign.dueOn());
        assertThat(campaign.closedAt()).isBefore(management.today(tenant).atStartOfDay(management.zone(tenant)).toInstant());
        assertThat(campaign.target().all()).isTrue();

        var statuses = jdbc.sql("SELECT COUNT(*) FROM ack_request WHERE tenant_id = ? AND campaign_id = ?")
                .params(tenant, closed).query(Long.class).single();
        var confirmed = count("SELECT COUNT(*) FROM acknowledgement WHERE tenant_id = ? AND campaign_id = ?", tenant,
                closed);
        assertThat(confirmed).isLessThan(statuses).isGreaterThanOrEqualTo(statuses * 9 / 10);
        assertThat(count("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ? AND revision_id <> ?", closed,
                revision(3))).isZero();
        assertThat(count("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ? AND confirmed_at > ?", closed,
                java.sql.Timestamp.from(campaign.closedAt()))).isZero();
    }

    @Test
    void theOpenCampaignIsAboutTwoThirdsConfirmedUnevenlyByUnitWithOneReminderRound() {
        var campaign = management.campaign(tenant, open);
        assertThat(campaign.state()).isEqualTo(CampaignState.OPEN);
        assertThat(campaign.revisionId()).isEqualTo(revision(4));
        assertThat(campaign.startedOn()).isEqualTo(AcknowledgementDemo.OPEN_STARTED_ON);
        assertThat(campaign.dueOn()).isAfter(management.today(tenant).plusDays(13))
                .isBefore(management.today(tenant).plusDays(43));
        assertThat(campaign.reminderRound()).isEqualTo(1);

        var manager = new CurrentUser(UUID.randomUUID(), null, tenant, "統括 管理",
                EnumSet.of(Permission.ACKNOWLEDGEMENT_MANAGE), true, Set.of());
        var progress = pages.progress(manager, open);
        assertThat(progress.percent()).isBetween(60, 70);
        assertThat(progress.units()).anyMatch(CampaignPages.UnitProgress::complete)
                .anyMatch(u -> u.percent() < 50);
        assertThat(count("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ? AND (revision_id <> ?"
                + " OR confirmed_at > ?)", open, revision(4), java.sql.Timestamp.from(java.time.Instant.now()))).isZero();
    }

    @Test
    void someoneWhoConfirmedLastYearIsAskedAgainAndSeesTheOpenRequest() throws Exception {
        var person = jdbc.sql("""
                        SELECT a.staff_id FROM acknowledgement a
                        JOIN ack_request r ON r.campaign_id = ? AND r.staff_id = a.staff_id
                        WHERE a.campaign_id = ? AND NOT EXISTS (SELECT 1 FROM acknowledgement b
                          WHERE b.campaign_id = r.campaign_id AND b.staff_id = r.staff_id)
                        ORDER BY a.staff_id""")
                .params(open, closed).query(UUID.class).list().get(0);
        assertThat(jdbc.sql("SELECT revision_id FROM acknowledgement WHERE campaign_id = ? AND staff_id = ?")
                .params(closed, person).query(UUID.class).single()).isEqualTo(revision(3));

        var staff = new CurrentUser(UUID.randomUUID(), person, tenant, "職員", Set.of(), false, Set.of());
        var mine = mvc.perform(get("/acknowledgements")
                        .with(authentication(new UsernamePasswordAuthenticationToken(staff, null, List.of()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains(AcknowledgementDemo.OPEN_TITLE).contains("未確認")
                .doesNotContain(AcknowledgementDemo.CLOSED_TITLE);
        // The old confirmation survives the new request.
        assertThat(count("SELECT COUNT(*) FROM acknowledgement WHERE campaign_id = ? AND staff_id = ?", closed, person))
                .isEqualTo(1);
    }
}
