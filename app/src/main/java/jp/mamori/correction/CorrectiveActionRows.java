package jp.mamori.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores corrective actions and their notes; every statement filters by tenant, and an update succeeds only on the
 * version it was read at (else {@link EditConflict}). Notes are only ever appended. Thread-safe.
 */
@Repository
class CorrectiveActionRows {

    private static final String COLUMNS = "id, tenant_id, source_module, source_type, source_id, source_label, title,"
            + " owner_unit_id, due_date, state, completed_by, completed_at, verified_by, verified_at, version";

    private final JdbcClient jdbc;

    CorrectiveActionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CorrectiveAction a) {
        var s = a.source();
        jdbc.sql("INSERT INTO corrective_action (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.tenantId(), s.module(), s.objectType(), s.objectId(), s.label(), a.title(),
                        a.ownerUnitId(), a.dueDate(), a.state().name(), a.completedBy(), utc(a.completedAt()),
                        a.verifiedBy(), utc(a.verifiedAt()), a.version())
                .update();
        insertNotes(a, 0);
    }

    /** Writes the changed state and the new notes, if the row is still at the version {@code a} was read at. */
    void update(CorrectiveAction a, int notesBefore) {
        int rows = jdbc.sql("UPDATE corrective_action SET state = ?, completed_by = ?, completed_at = ?, verified_by = ?,"
                        + " verified_at = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(a.state().name(), a.completedBy(), utc(a.completedAt()), a.verifiedBy(), utc(a.verifiedAt()),
                        a.tenantId(), a.id(), a.version())
                .update();
        if (rows != 1) {
            throw new EditConflict("corrective action " + a.id() + " is no longer at version " + a.version());
        }
        insertNotes(a, notesBefore);
    }

    Optional<CorrectiveAction> find(UUID tenantId, UUID id) {
        var notes = jdbc.sql("SELECT written_at, written_by, by_name, text FROM corrective_action_note"
                        + " WHERE tenant_id = ? AND action_id = ? ORDER BY position")
                .params(tenantId, id)
                .query((rs, n) -> new CorrectiveAction.Note(instant(rs, "written_at"), rs.getString("written_by"),
                        rs.getString("by_name"), rs.getString("text")))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM corrective_action WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query((rs, n) -> map(rs, notes)).optional();
    }

    /** How many actions of the tenant are still not done after their due date. */
    long overdue(UUID tenantId, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM corrective_action WHERE tenant_id = ? AND state IN ('OPEN', 'IN_PROGRESS')"
                        + " AND due_date < ?")
                .params(tenantId, today).query(Long.class).single();
    }

    private void insertNotes(CorrectiveAction a, int from) {
        var notes = a.notes();
        for (int i = from; i < notes.size(); i++) {
            var n = notes.get(i);
            jdbc.sql("INSERT INTO corrective_action_note (action_id, position, tenant_id, written_at, written_by,"
                            + " by_name, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(a.id(), i, a.tenantId(), utc(n.at()), n.by(), n.byName(), n.text())
                    .update();
        }
    }

    private static CorrectiveAction map(ResultSet rs, List<CorrectiveAction.Note> notes) throws SQLException {
        var source = new CorrectiveActionSource(rs.getString("source_module"), rs.getString("source_type"),
                rs.getString("source_id"), rs.getString("source_label"));
        return new CorrectiveAction(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), source,
                rs.getString("title"), rs.getObject("owner_unit_id", UUID.class),
                rs.getObject("due_date", LocalDate.class), CorrectiveActionState.valueOf(rs.getString("state")), notes,
                rs.getString("completed_by"), instant(rs, "completed_at"), rs.getString("verified_by"),
                instant(rs, "verified_at"), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
