package jp.mamori.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V81 on a database that already holds 読了確認 campaigns (an installation before the engine): the campaigns, whom they
 * ask and who confirmed move into the engine's tables with ids, dates and reminder rounds kept, and the
 * confirmations stay where they were, now referring to the engine's campaigns.
 */
@DatabaseTest
class CampaignMigrationTests {

    @Test
    void acknowledgementCampaignsRequestsAndConfirmationsMoveIntoTheEngine() {
        var db = TestDatabase.fresh();
        var source = new DriverManagerDataSource(db.url(), db.user(), db.password());
        var flyway = Flyway.configure().dataSource(source).locations("classpath:db/migration");
        if (db.schema() != null) {
            flyway.schemas(db.schema());
        }
        flyway.target("75").load().migrate();

        var jdbc = JdbcClient.create(source);
        var tenant = UUID.randomUUID();
        var campaign = UUID.randomUUID();
        var revision = UUID.randomUUID();
        var unit = UUID.randomUUID();
        var confirmedStaff = UUID.randomUUID();
        var openStaff = UUID.randomUUID();
        var account = UUID.randomUUID();
        var confirmation = UUID.randomUUID();
        var at = Timestamp.from(Instant.parse("2026-05-01T01:00:00Z"));
        jdbc.sql("""
                        INSERT INTO ack_campaign (id, tenant_id, title, revision_id, target_all, target_units, target_kinds,
                            due_on, state, started_on, closed_at, reminder_round, created_at, updated_at, version)
                        VALUES (?, ?, '令和8年度 読了確認', ?, FALSE, ?, 'FISCAL_YEAR_APPOINTED', ?, 'OPEN', ?, NULL, 2, ?, ?, 5)""")
                .params(campaign, tenant, revision, unit.toString(), Date.valueOf(LocalDate.of(2026, 5, 31)),
                        Date.valueOf(LocalDate.of(2026, 4, 10)), at, at)
                .update();
        for (var staff : new UUID[] {confirmedStaff, openStaff}) {
            jdbc.sql("INSERT INTO ack_request (tenant_id, campaign_id, staff_id, unit_id, added_on) VALUES (?, ?, ?, ?, ?)")
                    .params(tenant, campaign, staff, unit, Date.valueOf(LocalDate.of(2026, 4, 10))).update();
        }
        jdbc.sql("""
                        INSERT INTO acknowledgement (id, tenant_id, campaign_id, staff_id, revision_id, confirmed_at, account_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(confirmation, tenant, campaign, confirmedStaff, revision, at, account).update();

        Flyway.configure().dataSource(source).locations("classpath:db/migration")
                .schemas(db.schema() == null ? new String[0] : new String[] {db.schema()}).load().migrate();

        var moved = jdbc.sql("SELECT * FROM campaign WHERE id = ?").param(campaign).query(Campaigns::map).single();
        assertThat(moved.purpose()).isEqualTo("acknowledgement");
        assertThat(moved.tenantId()).isEqualTo(tenant);
        assertThat(moved.subjectId()).isEqualTo(revision);
        assertThat(moved.target().units()).containsExactly(unit);
        assertThat(moved.target().kinds()).extracting(Enum::name).containsExactly("FISCAL_YEAR_APPOINTED");
        assertThat(moved.target().roles()).isEmpty();
        assertThat(moved.state()).isEqualTo(CampaignState.OPEN);
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(moved.startedOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(moved.reminderRound()).isEqualTo(2);
        assertThat(moved.lastRemindedAt()).isNull();
        assertThat(moved.version()).isEqualTo(5);

        var items = jdbc.sql("SELECT i.* FROM campaign_item i WHERE campaign_id = ? ORDER BY state").param(campaign)
                .query(CampaignItems::map).list();
        assertThat(items).hasSize(2);
        var done = items.stream().filter(i -> i.staffId().equals(confirmedStaff)).findFirst().orElseThrow();
        assertThat(done.state()).isEqualTo(ItemState.DONE);
        assertThat(done.answerId()).isEqualTo(confirmation);
        assertThat(done.submittedAt()).isEqualTo(at.toInstant());
        assertThat(done.submittedBy()).isEqualTo(account);
        var open = items.stream().filter(i -> i.staffId().equals(openStaff)).findFirst().orElseThrow();
        assertThat(open.state()).isEqualTo(ItemState.PENDING);
        assertThat(open.answerId()).isNull();
        assertThat(open.unitId()).isEqualTo(unit);

        assertThat(jdbc.sql("SELECT campaign_id FROM acknowledgement WHERE id = ?").param(confirmation)
                .query(UUID.class).single()).isEqualTo(campaign);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN"
                + " ('ack_campaign', 'ack_request')" + (db.schema() == null ? "" : " AND table_schema = '" + db.schema() + "'"))
                .query(Long.class).single()).isZero();
    }
}
