package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.campaign.CampaignTestConfiguration;
import jp.mamori.campaign.NewCampaign;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one scheduler of date-driven reminders, with the campaigns as its first source, on a fixed clock: due-soon
 * mails once, overdue mails once after the due date, nothing before the tenant's morning, and a second run (another
 * hour, another node) queuing nothing. Same context as the engine's tests.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.base-url=https://mamori.test.example"})
@Import(CampaignTestConfiguration.class)
class DateRemindersTests {

    @Autowired
    DateReminders reminders;
    @Autowired
    CampaignEngine engine;
    @Autowired
    TenantCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private void at(LocalDate day, int hour, UUID tenant) {
        clock.set(day.atTime(LocalTime.of(hour, 0)).atZone(calendar.zone(tenant)).toInstant());
    }

    private long mails(UUID campaign, String occasion) {
        return jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key LIKE ?")
                .param(CampaignTestConfiguration.REVIEWED + ":" + campaign + ":%:" + occasion).query(Long.class)
                .single();
    }

    @Test
    void dueSoonAndOverdueRemindersGoOutOnceEachFromTheTenantsMorning() {
        clock.set(Instant.now());
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var zeimu = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '120'").param(tenant)
                .query(UUID.class).single();
        var due = calendar.today(tenant).plusDays(10);
        var id = Actor.system("test").callAs(() -> {
            var created = engine.create(tenant, new NewCampaign(CampaignTestConfiguration.REVIEWED, "自己点検 期限",
                    UUID.randomUUID(), new CampaignTarget(false, Set.of(zeimu), Set.of()), due), "checklist");
            engine.start(tenant, created, 0);
            return created;
        });
        var withAddress = engine.items(tenant, id).stream().filter(i -> jdbc.sql(
                "SELECT email FROM staff WHERE id = ?").param(i.staffId()).query(String.class).optional()
                .filter(e -> !e.isBlank()).isPresent()).count();
        assertThat(withAddress).isPositive();

        at(due.minusDays(4), 12, tenant); // not yet "due soon" (three days)
        reminders.run();
        assertThat(mails(id, "due-soon")).isZero();

        at(due.minusDays(3), 7, tenant); // due soon, but before the town's morning
        reminders.run();
        assertThat(mails(id, "due-soon")).isZero();

        at(due.minusDays(3), 8, tenant);
        reminders.run();
        assertThat(mails(id, "due-soon")).isEqualTo(withAddress);
        assertThat(reminders.run()).isZero(); // the next hour, or a second node: nothing twice
        at(due, 9, tenant);
        reminders.run();
        assertThat(mails(id, "due-soon")).isEqualTo(withAddress);
        assertThat(mails(id, "overdue")).isZero();

        at(due.plusDays(1), 10, tenant);
        reminders.run();
        assertThat(mails(id, "overdue")).isEqualTo(withAddress);
        assertThat(reminders.run()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'notification.reminders.queued'"
                + " AND tenant_id = ?").param(tenant).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT subject FROM outgoing_mail WHERE dedup_key LIKE ?")
                .param(CampaignTestConfiguration.REVIEWED + ":" + id + ":%:overdue").query(String.class).list())
                .allMatch(s -> s.contains("OVERDUE"));
    }
}
