package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores revisions. Every statement filters by tenant; an update checks the version and throws
 * {@link PolicyEditConflict} when someone else saved first. Thread-safe.
 */
@Repository
class Revisions {

    private static final String COLUMNS = "id, tenant_id, document_id, number, kind, state, revision_date, in_force_from,"
            + " summary, text_on_file, body, author_account_id, author_staff_id, author_name, submitted_at,"
            + " approver_account_id, approver_staff_id, approver_name, approved_at, returned_by_name, returned_at,"
            + " return_comment, version";

    /** Everything but the body, for lists and histories. */
    private static final String HEAD_COLUMNS = COLUMNS.replace(" body,", " '' AS body,");

    private final JdbcClient jdbc;
    private final Clock clock;

    Revisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Revision> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_revision WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(Revisions::map).optional();
    }

    /** The document's revisions without their text, newest number first. */
    List<Revision> history(UUID tenantId, UUID documentId) {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM policy_revision WHERE tenant_id = ? AND document_id = ?"
                        + " ORDER BY number DESC")
                .params(tenantId, documentId).query(Revisions::map).list();
    }

    /** Every revision of the tenant without its text, newest number first per document. */
    List<Revision> allHeads(UUID tenantId) {
        return jdbc.sql("SELECT " + HEAD_COLUMNS + " FROM policy_revision WHERE tenant_id = ? ORDER BY document_id, number DESC")
                .param(tenantId).query(Revisions::map).list();
    }

    int nextNumber(UUID tenantId, UUID documentId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM policy_revision WHERE tenant_id = ? AND document_id = ?")
                .params(tenantId, documentId).query(Integer.class).single() + 1;
    }

    void insert(Revision r) {
        var now = OffsetDateTime.now(clock);
        var values = new ArrayList<Object>();
        values.add(r.id());
        values.add(r.tenantId());
        values.add(r.documentId());
        values.add(r.number());
        addValues(values, r);
        values.add(now);
        values.add(now);
        values.add(r.version());
        jdbc.sql("INSERT INTO policy_revision (id, tenant_id, document_id, number, kind, state, revision_date,"
                        + " in_force_from, summary, text_on_file, body, author_account_id, author_staff_id, author_name,"
                        + " submitted_at, approver_account_id, approver_staff_id, approver_name, approved_at,"
                        + " returned_by_name, returned_at, return_comment, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values).update();
    }

    void update(Revision r) {
        var values = new ArrayList<Object>();
        addValues(values, r);
        values.add(OffsetDateTime.now(clock));
        values.add(r.tenantId());
        values.add(r.id());
        values.add(r.version());
        int count = jdbc.sql("UPDATE policy_revision SET kind = ?, state = ?, revision_date = ?, in_force_from = ?,"
                        + " summary = ?, text_on_file = ?, body = ?, author_account_id = ?, author_staff_id = ?,"
                        + " author_name = ?, submitted_at = ?, approver_account_id = ?, approver_staff_id = ?,"
                        + " approver_name = ?, approved_at = ?, returned_by_name = ?, returned_at = ?, return_comment = ?,"
                        + " updated_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(values).update();
        if (count != 1) {
            throw new PolicyEditConflict("policy revision " + r.id());
        }
    }

    private static void addValues(List<Object> values, Revision r) {
        values.add(r.kind().name());
        values.add(r.state().name());
        values.add(r.revisionDate());
        values.add(r.inForceFrom());
        values.add(r.summaryText());
        values.add(r.textOnFile());
        values.add(r.body());
        values.add(r.author().accountId());
        values.add(r.author().staffId());
        values.add(r.author().name());
        values.add(time(r.submittedAt()));
        values.add(r.approver() == null ? null : r.approver().accountId());
        values.add(r.approver() == null ? null : r.approver().staffId());
        values.add(r.approver() == null ? null : r.approver().name());
        values.add(time(r.approvedAt()));
        values.add(r.returnedBy());
        values.add(time(r.returnedAt()));
        values.add(r.returnComment());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Revision map(ResultSet rs, int row) throws SQLException {
        var approverName = rs.getString("approver_name");
        return new Revision(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("document_id", UUID.class), rs.getInt("number"),
                jp.mamori.policy.RevisionKind.valueOf(rs.getString("kind")),
                jp.mamori.policy.RevisionState.valueOf(rs.getString("state")),
                rs.getObject("revision_date", LocalDate.class), rs.getObject("in_force_from", LocalDate.class),
                rs.getString("summary"), rs.getBoolean("text_on_file"), rs.getString("body"),
                new Signatory(rs.getObject("author_account_id", UUID.class), rs.getObject("author_staff_id", UUID.class),
                        rs.getString("author_name")),
                instant(rs, "submitted_at"),
                approverName == null ? null : new Signatory(rs.getObject("approver_account_id", UUID.class),
                        rs.getObject("approver_staff_id", UUID.class), approverName),
                instant(rs, "approved_at"), rs.getString("returned_by_name"), instant(rs, "returned_at"),
                rs.getString("return_comment"), rs.getLong("version"));
    }
}
