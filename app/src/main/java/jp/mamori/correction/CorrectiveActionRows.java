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

    /** The actions opened from one source object, soonest due first, without notes. */
    List<CorrectiveAction> fromSource(UUID tenantId, String module, String sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM corrective_action WHERE tenant_id = ? AND source_module = ?"
                        + " AND source_id = ? ORDER BY due_date, id")
                .params(tenantId, module, sourceId).query((rs, n) -> map(rs, List.of())).list();
    }

    /**
     * One page of the register within the reader's units ({@code units} empty: the whole tenant), soonest due first,
     * without notes (the list does not show them).
     */
    jp.mamori.web.ResultPage<CorrectiveAction> page(UUID tenantId, CorrectiveActionQuery query,
            Optional<java.util.Set<UUID>> units, LocalDate today) {
        if (units.isPresent() && units.get().isEmpty()) {
            return new jp.mamori.web.ResultPage<>(List.of(), query.page(), Math.min(query.size(),
                    jp.mamori.web.ResultPage.MAX_SIZE), 0);
        }
        var where = new StringBuilder(" WHERE tenant_id = ?");
        var params = new java.util.ArrayList<Object>(List.of(tenantId));
        if (!query.text().isEmpty()) {
            where.append(" AND (LOWER(title) LIKE ? OR LOWER(source_label) LIKE ?)");
            var like = "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            params.add(query.state().name());
        }
        if (!query.module().isEmpty()) {
            where.append(" AND source_module = ?");
            params.add(query.module());
        }
        if (query.overdue()) {
            where.append(" AND state IN ('OPEN', 'IN_PROGRESS') AND due_date < ?");
            params.add(today);
        }
        units.ifPresent(set -> {
            where.append(" AND owner_unit_id IN (").append(String.join(", ", java.util.Collections.nCopies(set.size(), "?")))
                    .append(")");
            params.addAll(set);
        });
        long total = jdbc.sql("SELECT COUNT(*) FROM corrective_action" + where).params(params).query(Long.class).single();
        int size = query.size();
        var pageParams = new java.util.ArrayList<Object>(params);
        pageParams.add(size);
        pageParams.add((long) query.page() * (size == Integer.MAX_VALUE ? 0 : size));
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM corrective_action" + where
                        + " ORDER BY due_date, title, id LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, n) -> map(rs, List.of())).list();
        return new jp.mamori.web.ResultPage<>(items, query.page(), Math.min(size, jp.mamori.web.ResultPage.MAX_SIZE),
                total);
    }

    /** The modules that opened the tenant's actions, for the filter. */
    List<String> modules(UUID tenantId) {
        return jdbc.sql("SELECT DISTINCT source_module FROM corrective_action WHERE tenant_id = ? ORDER BY source_module")
                .param(tenantId).query(String.class).list();
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
