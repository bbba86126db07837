package jp.mamori.acknowledgement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom each campaign asks (the snapshot) and the confirmations given. Every query filters by tenant.
 */
@Component
class Requests {

    /** One person asked by a campaign and, when given, their confirmation. */
    record Status(UUID staffId, UUID unitId, LocalDate addedOn, Instant confirmedAt, UUID revisionId, UUID accountId) {
        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    /** Requested and confirmed counts of one unit. */
    record UnitCount(UUID unitId, long requested, long confirmed) {
    }

    /** An open request of one person, for their own list. */
    record OpenRequest(UUID campaignId, String title, UUID revisionId, LocalDate dueOn, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<UUID> asked(UUID tenantId, UUID campaignId) {
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM ack_request WHERE tenant_id = ? AND campaign_id = ?")
                .params(tenantId, campaignId).query(UUID.class).list());
    }

    void ask(UUID tenantId, UUID campaignId, UUID staffId, UUID unitId, LocalDate on) {
        jdbc.sql("INSERT INTO ack_request (tenant_id, campaign_id, staff_id, unit_id, added_on) VALUES (?, ?, ?, ?, ?)")
                .params(tenantId, campaignId, staffId, unitId, on).update();
    }

    boolean isAsked(UUID tenantId, UUID campaignId, UUID staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM ack_request WHERE tenant_id = ? AND campaign_id = ? AND staff_id = ?")
                .params(tenantId, campaignId, staffId).query(Long.class).single() > 0;
    }

    boolean hasConfirmed(UUID tenantId, UUID campaignId, UUID staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM acknowledgement WHERE tenant_id = ? AND campaign_id = ? AND staff_id = ?")
                .params(tenantId, campaignId, staffId).query(Long.class).single() > 0;
    }

    void confirm(UUID tenantId, UUID campaignId, UUID staffId, UUID revisionId, UUID accountId, Instant at) {
        jdbc.sql("""
                        INSERT INTO acknowledgement (id, tenant_id, campaign_id, staff_id, revision_id, confirmed_at, account_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), tenantId, campaignId, staffId, revisionId, Timestamp.from(at), accountId)
                .update();
    }

    /** Everyone the campaign asks with their confirmation, by unit then staff id. */
    List<Status> statuses(UUID tenantId, UUID campaignId) {
        return jdbc.sql("""
                        SELECT r.staff_id, r.unit_id, r.added_on, a.confirmed_at, a.revision_id, a.account_id
                        FROM ack_request r LEFT JOIN acknowledgement a
                          ON a.tenant_id = r.tenant_id AND a.campaign_id = r.campaign_id AND a.staff_id = r.staff_id
                        WHERE r.tenant_id = ? AND r.campaign_id = ? ORDER BY r.unit_id, r.staff_id""")
                .params(tenantId, campaignId)
                .query((rs, n) -> {
                    var at = rs.getTimestamp("confirmed_at");
                    return new Status(rs.getObject("staff_id", UUID.class), rs.getObject("unit_id", UUID.class),
                            rs.getObject("added_on", LocalDate.class), at == null ? null : at.toInstant(),
                            rs.getObject("revision_id", UUID.class), rs.getObject("account_id", UUID.class));
                })
                .list();
    }

    List<UnitCount> byUnit(UUID tenantId, UUID campaignId) {
        return jdbc.sql("""
                        SELECT r.unit_id, COUNT(*) AS requested, COUNT(a.id) AS confirmed
                        FROM ack_request r LEFT JOIN acknowledgement a
                          ON a.tenant_id = r.tenant_id AND a.campaign_id = r.campaign_id AND a.staff_id = r.staff_id
                        WHERE r.tenant_id = ? AND r.campaign_id = ? GROUP BY r.unit_id""")
                .params(tenantId, campaignId)
                .query((rs, n) -> new UnitCount(rs.getObject("unit_id", UUID.class), rs.getLong("requested"),
                        rs.getLong("confirmed")))
                .list();
    }

    /** The person's requests in open campaigns, unconfirmed first, then by due date. */
    List<OpenRequest> openFor(UUID tenantId, UUID staffId) {
        return jdbc.sql("""
                        SELECT c.id, c.title, c.revision_id, c.due_on, a.confirmed_at
                        FROM ack_request r JOIN ack_campaign c ON c.id = r.campaign_id AND c.tenant_id = r.tenant_id
                        LEFT JOIN acknowledgement a
                          ON a.tenant_id = r.tenant_id AND a.campaign_id = r.campaign_id AND a.staff_id = r.staff_id
                        WHERE r.tenant_id = ? AND r.staff_id = ? AND c.state = 'OPEN'
                        ORDER BY CASE WHEN a.confirmed_at IS NULL THEN 0 ELSE 1 END, c.due_on, c.id""")
                .params(tenantId, staffId)
                .query((rs, n) -> {
                    var at = rs.getTimestamp("confirmed_at");
                    return new OpenRequest(rs.getObject("id", UUID.class), rs.getString("title"),
                            rs.getObject("revision_id", UUID.class), rs.getObject("due_on", LocalDate.class),
                            at == null ? null : at.toInstant());
                })
                .list();
    }

    /** Requested and confirmed over all open campaigns of the tenant, for the dashboard. */
    long[] openTotals(UUID tenantId) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS requested, COUNT(a.id) AS confirmed
                        FROM ack_request r JOIN ack_campaign c ON c.id = r.campaign_id AND c.tenant_id = r.tenant_id
                        LEFT JOIN acknowledgement a
                          ON a.tenant_id = r.tenant_id AND a.campaign_id = r.campaign_id AND a.staff_id = r.staff_id
                        WHERE r.tenant_id = ? AND c.state = 'OPEN'""")
                .param(tenantId)
                .query((rs, n) -> new long[] {rs.getLong("requested"), rs.getLong("confirmed")}).single();
    }
}
