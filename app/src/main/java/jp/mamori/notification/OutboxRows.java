package jp.mamori.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jp.mamori.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox table: what the poller claims and records, and what the admin page reads. Every tenant-facing query
 * filters by tenant; the poller's queries are installation-wide on purpose (one queue for all tenants).
 */
@Component
class OutboxRows {

    /** One row of the outbox. */
    record Mail(UUID id, UUID tenantId, String deduplicationKey, String recipient, String subject, String body,
            String causedBy, String requestedBy, MailState state, int attempts, Instant nextAttemptAt,
            String lastError, Instant createdAt, Instant sentAt, long version) {

        /** The body as an administrator may read it: a sealed link is named, never shown (it is not stored). */
        String shownBody(String mask) {
            return body.replace(SealedLink.PLACEHOLDER, mask);
        }
    }

    /** A due row as the poller sees it before claiming. */
    record Due(UUID id, long version) {
    }

    private static final String COLUMNS = "id, tenant_id, dedup_key, recipient, subject, body, caused_by, requested_by,"
            + " state, attempts, next_attempt_at, last_error, created_at, sent_at, version";

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows due now: waiting and due, or claimed by a node whose claim ran out (it crashed mid-delivery). */
    List<Due> due(Instant now, int limit) {
        var at = Timestamp.from(now);
        return jdbc.sql("""
                        SELECT id, version FROM outgoing_mail
                        WHERE (state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND claim_until < ?)
                        ORDER BY next_attempt_at, id LIMIT ?""")
                .params(at, at, limit)
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getLong("version")))
                .list();
    }

    /**
     * Claims a due row for this node: true for exactly one node, the one whose conditional update matched the
     * version it read. The attempt is counted here, so that a row whose delivery crashes the node still reaches
     * its limit.
     */
    boolean claim(Due due, String node, Instant now, Instant until) {
        var at = Timestamp.from(now);
        return jdbc.sql("""
                        UPDATE outgoing_mail SET state = 'SENDING', claimed_by = ?, claim_until = ?,
                            attempts = attempts + 1, version = version + 1
                        WHERE id = ? AND version = ?
                          AND ((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND claim_until < ?))""")
                .params(node, Timestamp.from(until), due.id(), due.version(), at, at)
                .update() == 1;
    }

    Optional<Mail> claimed(UUID id, String node) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_mail WHERE id = ? AND state = 'SENDING' AND claimed_by = ?")
                .params(id, node).query(OutboxRows::map).optional();
    }

    /** Records the delivery; false when this node's claim was lost meanwhile (the row is someone else's now). */
    boolean sent(UUID id, String node, Instant now) {
        return jdbc.sql("""
                        UPDATE outgoing_mail SET state = 'SENT', sent_at = ?, claimed_by = NULL, claim_until = NULL,
                            last_error = NULL, version = version + 1
                        WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""")
                .params(Timestamp.from(now), id, node).update() == 1;
    }

    /** Records a failed attempt: waiting again until {@code next}, or FAILED when {@code next} is null. */
    boolean failed(UUID id, String node, String error, Instant next) {
        return jdbc.sql("""
                        UPDATE outgoing_mail SET state = ?, next_attempt_at = COALESCE(?, next_attempt_at),
                            claimed_by = NULL, claim_until = NULL, last_error = ?, version = version + 1
                        WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""")
                .params(next == null ? MailState.FAILED.name() : MailState.PENDING.name(),
                        next == null ? null : Timestamp.from(next), error, id, node)
                .update() == 1;
    }

    Optional<Mail> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_mail WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(OutboxRows::map).optional();
    }

    /** Makes a mail due now (an administrator's "retry now"); a failed or given-up one gets a fresh set of retries. */
    boolean retryNow(UUID tenantId, UUID id, long version, Instant now) {
        return jdbc.sql("""
                        UPDATE outgoing_mail SET state = 'PENDING', next_attempt_at = ?,
                            attempts = CASE WHEN state = 'PENDING' THEN attempts ELSE 0 END, version = version + 1
                        WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(Timestamp.from(now), tenantId, id, version).update() == 1;
    }

    boolean giveUp(UUID tenantId, UUID id, long version) {
        return jdbc.sql("""
                        UPDATE outgoing_mail SET state = 'CANCELLED', version = version + 1
                        WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(tenantId, id, version).update() == 1;
    }

    ResultPage<Mail> page(UUID tenantId, MailQuery query) {
        var where = new StringBuilder(" FROM outgoing_mail WHERE tenant_id = ?");
        var params = new ArrayList<Object>();
        params.add(tenantId);
        if (query.state() != null) {
            where.append(" AND state = ?");
            params.add(query.state().name());
        }
        if (!query.text().isEmpty()) {
            where.append(" AND (LOWER(recipient) LIKE ? OR LOWER(subject) LIKE ? OR LOWER(caused_by) LIKE ?)");
            var like = "%" + MailQuery.escapeLike(query.text().toLowerCase(java.util.Locale.ROOT)) + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        var rows = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(pageParams).query(OutboxRows::map).list();
        return new ResultPage<>(rows, query.page(), query.size(), total);
    }

    /** Every row of the query (all pages), for the export. */
    void each(UUID tenantId, MailQuery query, Consumer<Mail> each) {
        var page = 0;
        while (true) {
            var result = page(tenantId, query.withPage(page));
            result.items().forEach(each);
            if (!result.hasNext()) {
                return;
            }
            page++;
        }
    }

    static Mail map(ResultSet rs, int row) throws SQLException {
        return new Mail(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("dedup_key"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("caused_by"),
                rs.getString("requested_by"), MailState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
