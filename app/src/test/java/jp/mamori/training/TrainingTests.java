package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignNotFound;
import jp.mamori.campaign.CampaignProgress;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.organization.SecurityRole;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training on the demo town: a failed attempt is recorded and changes nothing else, a retry that passes finishes the
 * person's item and the unit's completion counts it, attempts after the pass change nothing; someone not asked gets
 * a 404; a new role holder with no open campaign of the required course gets one of their own.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@Import(TrainingTests.Clocks.class)
class TrainingTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired Training training;
    @Autowired CampaignEngine engine;
    @Autowired CampaignProgress progress;
    @Autowired Courses courses;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    UUID tenant;
    UUID campaign;
    Course course;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        campaign = jdbc.sql("SELECT id FROM campaign WHERE tenant_id = ? AND title = ?")
                .params(tenant, TrainingDemo.YEARLY_TITLE).query(UUID.class).single();
        course = training.course(tenant, training.assignment(tenant, campaign).subjectId());
    }

    private UUID pendingStaff() {
        return jdbc.sql("SELECT staff_id FROM campaign_item WHERE campaign_id = ? AND state = 'PENDING' ORDER BY staff_id")
                .param(campaign).query(UUID.class).list().get(0);
    }

    private Map<UUID, Integer> answers(int right) {
        var answers = new HashMap<UUID, Integer>();
        for (int i = 0; i < course.questions().size(); i++) {
            var q = course.questions().get(i);
            answers.put(q.id(), i < right ? q.correct() : (q.correct() + 1) % q.choices().size());
        }
        return answers;
    }

    private Training.Result attempt(UUID staff, int right) {
        clock.advance(java.time.Duration.ofMinutes(3));
        return Actor.system("test").callAs(() -> training.attempt(tenant, campaign, staff, UUID.randomUUID(), answers(right)));
    }

    @Test
    void failThenRetryAndPassCompletesTheItemAndTheUnitCountsIt() {
        var staff = pendingStaff();
        var unit = engine.item(tenant, campaign, staff).orElseThrow().unitId();
        long before = progress.progress(tenant, campaign, u -> true).units().stream()
                .filter(u -> u.unitId().equals(unit)).findFirst().orElseThrow().confirmed();

        var failed = attempt(staff, 3);
        assertThat(failed.attempt().passed()).isFalse();
        assertThat(failed.attempt().score()).isEqualTo(60);
        assertThat(engine.item(tenant, campaign, staff).orElseThrow().finished()).isFalse();

        var passed = attempt(staff, 4);
        assertThat(passed.attempt().passed()).isTrue();
        assertThat(passed.completedNow()).isTrue();
        assertThat(engine.item(tenant, campaign, staff).orElseThrow().finished()).isTrue();
        assertThat(engine.item(tenant, campaign, staff).orElseThrow().answerId()).isEqualTo(passed.attempt().id());

        var again = attempt(staff, 5);
        assertThat(again.completedNow()).isFalse();
        assertThat(engine.item(tenant, campaign, staff).orElseThrow().answerId()).isEqualTo(passed.attempt().id());

        assertThat(training.attempts(tenant, staff, course.id())).extracting(Attempt::passed).containsExactly(false, true, true);
        long after = progress.progress(tenant, campaign, u -> true).units().stream()
                .filter(u -> u.unitId().equals(unit)).findFirst().orElseThrow().confirmed();
        assertThat(after).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_id = ? AND action LIKE 'training.attempt.%'")
                .param(campaign.toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void someoneNotAskedCannotTakeTheQuiz() {
        assertThatThrownBy(() -> attempt(UUID.randomUUID(), 5)).isInstanceOf(CampaignNotFound.class);
    }

    @Test
    void aNewSystemManagerWithNoOpenCampaignGetsOneOfTheirOwn() {
        var itStaff = jdbc.sql("""
                SELECT a.staff_id FROM appointment a WHERE a.tenant_id = ? AND a.role = 'SYSTEM_MANAGER'
                ORDER BY a.staff_id""").param(tenant).query(UUID.class).list().get(0);
        int assigned = Actor.system("test").callAs(() -> training.assignRequired(tenant, itStaff, SecurityRole.SYSTEM_MANAGER));
        assertThat(assigned).isEqualTo(1);
        var created = jdbc.sql("""
                SELECT c.id FROM campaign c JOIN training_course t ON t.id = c.subject_id
                WHERE c.tenant_id = ? AND c.purpose = 'training' AND t.required_role = 'SYSTEM_MANAGER'""")
                .param(tenant).query(UUID.class).single();
        assertThat(engine.item(tenant, created, itStaff)).isPresent();
        assertThat(engine.campaign(tenant, created).target()).isEqualTo(
                new CampaignTarget(false, Set.of(), Set.of(), Set.of(SecurityRole.SYSTEM_MANAGER), Set.of()));
        // Asking again joins the open campaign rather than opening a second one.
        Actor.system("test").runAs(() -> training.assignRequired(tenant, itStaff, SecurityRole.SYSTEM_MANAGER));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign c JOIN training_course t ON t.id = c.subject_id"
                + " WHERE c.tenant_id = ? AND t.required_role = 'SYSTEM_MANAGER'").param(tenant).query(Long.class).single())
                .isEqualTo(1);
    }
}
