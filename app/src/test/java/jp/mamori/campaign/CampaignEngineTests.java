package jp.mamori.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine with a second user beside 読了確認 — a reviewed purpose like self-inspection — on the demo town: targets
 * by role and by system, the due date against the tenant's business date, the reviewer step, progress counting only
 * finished items, and a repeated 督促 within the interval sending nothing.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.base-url=https://mamori.test.example"})
@Import(CampaignTestConfiguration.class)
class CampaignEngineTests {

    @Autowired
    CampaignEngine engine;
    @Autowired
    CampaignProgress progress;
    @Autowired
    Organization organization;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    UUID tenant;
    UUID zeimu;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        zeimu = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '120'").param(tenant)
                .query(UUID.class).single();
    }

    private UUID create(CampaignTarget target, LocalDate dueOn) {
        return Actor.system("test").callAs(() -> engine.create(tenant, new NewCampaign(CampaignTestConfiguration.REVIEWED,
                "自己点検 " + UUID.randomUUID().toString().substring(0, 6), UUID.randomUUID(), target, dueOn),
                "checklist"));
    }

    private UUID started(CampaignTarget target) {
        var id = create(target, engine.today(tenant).plusWeeks(3));
        Actor.system("test").runAs(() -> engine.start(tenant, id, 0));
        return id;
    }

    private long mails(UUID campaign) {
        return jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key LIKE ?")
                .param(CampaignTestConfiguration.REVIEWED + ":" + campaign + ":%").query(Long.class).single();
    }

    @Test
    void aTargetByRoleAsksTheHoldersOfTheRoleInServiceThatDay() {
        var today = engine.today(tenant);
        var holders = organization.staffActiveOn(tenant, today).stream()
                .filter(s -> organization.rolesHeld(tenant, s.id(), today).stream()
                        .anyMatch(h -> h.role() == SecurityRole.SECTION_SECURITY_MANAGER))
                .map(StaffMember::id).toList();
        assertThat(holders).isNotEmpty();
        var id = started(new CampaignTarget(false, Set.of(), Set.of(), Set.of(SecurityRole.SECTION_SECURITY_MANAGER),
                Set.of()));
        assertThat(engine.items(tenant, id)).extracting(CampaignItem::staffId)
                .containsExactlyInAnyOrderElementsOf(holders);
        assertThat(engine.items(tenant, id)).extracting(CampaignItem::state).containsOnly(ItemState.PENDING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'inspection-test.campaign.started'"
                + " AND object_id = ?").param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTargetBySystemCannotStartUntilAModuleNamesTheSystemsRespondents() {
        var id = create(new CampaignTarget(false, Set.of(), Set.of(), Set.of(), Set.of(UUID.randomUUID())),
                engine.today(tenant).plusDays(7));
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> engine.start(tenant, id, 0)))
                .isInstanceOf(CampaignRefused.class).hasMessageContaining("campaign.refused.noSystemRespondents");
    }

    @Test
    void aDueDateBeforeTheTenantsBusinessDateIsRefusedEvenWhileItIsStillThatDayInUtc() {
        // 2027-01-04 15:30 UTC is already 2027-01-05 00:30 in the town: the 4th has passed there.
        clock.set(Instant.parse("2027-01-04T15:30:00Z"));
        var target = new CampaignTarget(true, Set.of(), Set.of());
        assertThatThrownBy(() -> create(target, LocalDate.of(2027, 1, 4))).isInstanceOf(CampaignRefused.class)
                .hasMessageContaining("campaign.refused.dueInPast")
                .satisfies(e -> assertThat(((CampaignRefused) e).field()).isEqualTo("dueOn"));
        var today = create(target, LocalDate.of(2027, 1, 5));
        assertThat(engine.campaign(tenant, today).dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void theReviewerAcceptsOrReturnsASubmittedSheetAndProgressCountsOnlyFinishedItems() {
        var id = started(new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var people = engine.items(tenant, id).stream().map(CampaignItem::staffId).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(2);
        var sheet = UUID.randomUUID();
        var account = UUID.randomUUID();
        var reviewer = UUID.randomUUID();
        Actor.system("test").runAs(() -> {
            engine.begin(tenant, id, people.get(0), sheet);
            engine.submit(tenant, id, people.get(0), null, account);
            engine.submit(tenant, id, people.get(1), UUID.randomUUID(), account);
        });
        assertThat(engine.item(tenant, id, people.get(0)).orElseThrow())
                .satisfies(i -> assertThat(i.state()).isEqualTo(ItemState.SUBMITTED))
                .satisfies(i -> assertThat(i.answerId()).isEqualTo(sheet));
        assertThat(progress.progress(tenant, id, unit -> true).confirmed()).isZero();

        Actor.system("test").runAs(() -> {
            engine.accept(tenant, id, people.get(0), reviewer);
            engine.returnToStaff(tenant, id, people.get(1), reviewer, "根拠資料を添付してください");
        });
        var after = progress.progress(tenant, id, unit -> true);
        assertThat(after.confirmed()).isEqualTo(1);
        assertThat(after.requested()).isEqualTo(people.size());
        assertThat(engine.item(tenant, id, people.get(1)).orElseThrow().state()).isEqualTo(ItemState.RETURNED);
        assertThat(progress.lines(tenant, id, unit -> true)).filteredOn(l -> l.staffId().equals(people.get(0)))
                .extracting(CampaignProgress.Line::state).containsExactly(ItemState.ACCEPTED);
        // A returned sheet is owed again: the next reminder goes to that person, not to the accepted one.
        assertThat(engine.awaiting(engine.campaign(tenant, id))).extracting(StaffMember::id)
                .contains(people.get(1)).doesNotContain(people.get(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action IN ('inspection-test.campaign.item.accepted',"
                + " 'inspection-test.campaign.item.returned') AND object_id = ?").param(id.toString())
                .query(Long.class).single()).isEqualTo(2);
        // Only a submitted item can be reviewed.
        assertThatThrownBy(() -> Actor.system("test").runAs(() -> engine.accept(tenant, id, people.get(1), reviewer)))
                .isInstanceOf(CampaignRefused.class).hasMessageContaining("campaign.refused.itemNotSubmitted");
    }

    @Test
    void aSecondRemindWithinTheIntervalSendsNothingAndAfterItANewRoundGoesOut() {
        var id = started(new CampaignTarget(false, Set.of(zeimu), Set.of()));
        var first = Actor.system("test").callAs(() -> engine.remind(tenant, id, 1));
        assertThat(first.repeated()).isFalse();
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.queued()).isPositive();
        assertThat(mails(id)).isEqualTo(first.queued());

        // The same form sent again (stale version) and a fresh click nine minutes later: both are repeats.
        var again = Actor.system("test").callAs(() -> engine.remind(tenant, id, 1));
        clock.advance(Duration.ofMinutes(9));
        var fresh = Actor.system("test").callAs(() -> engine.remind(tenant, id, 2));
        assertThat(List.of(again, fresh)).allSatisfy(r -> {
            assertThat(r.repeated()).isTrue();
            assertThat(r.queued()).isZero();
            assertThat(r.round()).isEqualTo(1);
        });
        assertThat(mails(id)).isEqualTo(first.queued());
        assertThat(engine.campaign(tenant, id).reminderRound()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        var second = Actor.system("test").callAs(() -> engine.remind(tenant, id, 2));
        assertThat(second.repeated()).isFalse();
        assertThat(second.round()).isEqualTo(2);
        assertThat(mails(id)).isEqualTo(first.queued() + second.queued());
    }
}
