package jp.mamori.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The items of each campaign (the snapshot of whom it asks, with each item's state). Every query filters by tenant. */
@Component
class CampaignItems {

    private static final String COLUMNS = "i.tenant_id, i.campaign_id, i.staff_id, i.unit_id, i.added_on, i.state,"
            + " i.answer_id, i.submitted_at, i.submitted_by, i.reviewed_at, i.reviewed_by, i.review_note, i.version";
    private static final String FINISHED = "('" + ItemState.DONE + "', '" + ItemState.ACCEPTED + "')";

    /** Requested and finished counts of one unit. */
    record UnitCount(UUID unitId, long requested, long finished) {
    }

    private final JdbcClient jdbc;

    CampaignItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<UUID> asked(UUID tenantId, UUID campaignId) {
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM campaign_item WHERE tenant_id = ? AND campaign_id = ?")
                .params(tenantId, campaignId).query(UUID.class).list());
    }

    void insert(CampaignItem item) {
        jdbc.sql("""
                        INSERT INTO campaign_item (tenant_id, campaign_id, staff_id, unit_id, added_on, state, answer_id,
                            submitted_at, submitted_by, reviewed_at, reviewed_by, review_note, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(item.tenantId(), item.campaignId(), item.staffId(), item.unitId(), item.addedOn(),
                        item.state().name(), item.answerId(), timestamp(item.submittedAt()), item.submittedBy(),
                        timestamp(item.reviewedAt()), item.reviewedBy(), item.reviewNote())
                .update();
    }

    /** Saves the item if nobody saved it since it was read; else {@link EditConflict}. */
    void update(CampaignItem item) {
        var updated = jdbc.sql("""
                        UPDATE campaign_item SET state = ?, answer_id = ?, submitted_at = ?, submitted_by = ?,
                            reviewed_at = ?, reviewed_by = ?, review_note = ?, version = version + 1
                        WHERE tenant_id = ? AND campaign_id = ? AND staff_id = ? AND version = ?""")
                .params(item.state().name(), item.answerId(), timestamp(item.submittedAt()), item.submittedBy(),
                        timestamp(item.reviewedAt()), item.reviewedBy(), item.reviewNote(), item.tenantId(),
                        item.campaignId(), item.staffId(), item.version())
                .update();
        if (updated != 1) {
            throw new EditConflict("campaign item " + item.campaignId() + "/" + item.staffId());
        }
    }

    Optional<CampaignItem> find(UUID tenantId, UUID campaignId, UUID staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign_item i WHERE i.tenant_id = ? AND i.campaign_id = ?"
                        + " AND i.staff_id = ?")
                .params(tenantId, campaignId, staffId).query(CampaignItems::map).optional();
    }

    /** Everyone the campaign asks, by unit then staff id. */
    List<CampaignItem> all(UUID tenantId, UUID campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign_item i WHERE i.tenant_id = ? AND i.campaign_id = ?"
                        + " ORDER BY i.unit_id, i.staff_id")
                .params(tenantId, campaignId).query(CampaignItems::map).list();
    }

    List<UnitCount> byUnit(UUID tenantId, UUID campaignId) {
        return jdbc.sql("SELECT unit_id, COUNT(*) AS requested, SUM(CASE WHEN state IN " + FINISHED
                        + " THEN 1 ELSE 0 END) AS finished FROM campaign_item WHERE tenant_id = ? AND campaign_id = ?"
                        + " GROUP BY unit_id")
                .params(tenantId, campaignId)
                .query((rs, n) -> new UnitCount(rs.getObject("unit_id", UUID.class), rs.getLong("requested"),
                        rs.getLong("finished")))
                .list();
    }

    /** The person's items in the open campaigns of one purpose: unfinished first, then by due date. */
    List<CampaignItem> openFor(UUID tenantId, UUID staffId, String purpose) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM campaign_item i JOIN campaign c ON c.id = i.campaign_id AND c.tenant_id = i.tenant_id
                        WHERE i.tenant_id = ? AND i.staff_id = ? AND c.purpose = ? AND c.state = 'OPEN'
                        ORDER BY CASE WHEN i.state IN""" + " " + FINISHED + " THEN 1 ELSE 0 END, c.due_on, c.id")
                .params(tenantId, staffId, purpose).query(CampaignItems::map).list();
    }

    /** Requested and finished over all open campaigns of one purpose, for the dashboard. */
    long[] openTotals(UUID tenantId, String purpose) {
        return jdbc.sql("SELECT COUNT(*) AS requested, SUM(CASE WHEN i.state IN " + FINISHED + """
                         THEN 1 ELSE 0 END) AS finished
                        FROM campaign_item i JOIN campaign c ON c.id = i.campaign_id AND c.tenant_id = i.tenant_id
                        WHERE i.tenant_id = ? AND c.purpose = ? AND c.state = 'OPEN'""")
                .params(tenantId, purpose)
                .query((rs, n) -> new long[] {rs.getLong("requested"), rs.getLong("finished")}).single();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static CampaignItem map(ResultSet rs, int row) throws SQLException {
        return new CampaignItem(rs.getObject("tenant_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getObject("added_on", LocalDate.class), ItemState.valueOf(rs.getString("state")),
                rs.getObject("answer_id", UUID.class), Campaigns.instant(rs, "submitted_at"),
                rs.getObject("submitted_by", UUID.class), Campaigns.instant(rs, "reviewed_at"),
                rs.getObject("reviewed_by", UUID.class), rs.getString("review_note"), rs.getLong("version"));
    }
}
