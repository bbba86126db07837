package jp.mamori.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;
import jp.mamori.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The campaigns of each tenant; every query filters by tenant, every update by version. */
@Component
class Campaigns {

    private static final String COLUMNS = "id, tenant_id, purpose, title, subject_id, target_all, target_units,"
            + " target_kinds, target_roles, target_systems, due_on, state, started_on, closed_at, reminder_round,"
            + " last_reminded_at, version";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Campaign> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Campaigns::map).optional();
    }

    void insert(Campaign c, Instant now) {
        jdbc.sql("""
                        INSERT INTO campaign (id, tenant_id, purpose, title, subject_id, target_all, target_units,
                            target_kinds, target_roles, target_systems, due_on, state, started_on, closed_at,
                            reminder_round, last_reminded_at, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.purpose(), c.title(), c.subjectId(), c.target().all(),
                        c.target().unitsColumn(), c.target().kindsColumn(), c.target().rolesColumn(),
                        c.target().systemsColumn(), c.dueOn(), c.state().name(), c.startedOn(),
                        timestamp(c.closedAt()), c.reminderRound(), timestamp(c.lastRemindedAt()), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** Saves the campaign if nobody saved it since {@code c.version()} was read; else {@link EditConflict}. */
    void update(Campaign c, Instant now) {
        var updated = jdbc.sql("""
                        UPDATE campaign SET title = ?, subject_id = ?, target_all = ?, target_units = ?,
                            target_kinds = ?, target_roles = ?, target_systems = ?, due_on = ?, state = ?,
                            started_on = ?, closed_at = ?, reminder_round = ?, last_reminded_at = ?, updated_at = ?,
                            version = version + 1
                        WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(c.title(), c.subjectId(), c.target().all(), c.target().unitsColumn(), c.target().kindsColumn(),
                        c.target().rolesColumn(), c.target().systemsColumn(), c.dueOn(), c.state().name(),
                        c.startedOn(), timestamp(c.closedAt()), c.reminderRound(), timestamp(c.lastRemindedAt()),
                        Timestamp.from(now), c.tenantId(), c.id(), c.version())
                .update();
        if (updated != 1) {
            throw new EditConflict("campaign " + c.id());
        }
    }

    ResultPage<Campaign> page(UUID tenantId, String purpose, String text, CampaignState state, int page, int size) {
        var where = new StringBuilder(" FROM campaign WHERE tenant_id = ? AND purpose = ?");
        var params = new ArrayList<Object>();
        params.add(tenantId);
        params.add(purpose);
        if (state != null) {
            where.append(" AND state = ?");
            params.add(state.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND LOWER(title) LIKE ?");
            params.add("%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        var rows = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(pageParams).query(Campaigns::map).list();
        return new ResultPage<>(rows, page, size, total);
    }

    /** The tenant's open campaigns of every purpose, by due date. */
    List<Campaign> open(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE tenant_id = ? AND state = 'OPEN' ORDER BY due_on, id")
                .param(tenantId).query(Campaigns::map).list();
    }

    long count(UUID tenantId, String purpose) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE tenant_id = ? AND purpose = ?").params(tenantId, purpose)
                .query(Long.class).single();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("purpose"), rs.getString("title"), rs.getObject("subject_id", UUID.class),
                CampaignTarget.of(rs.getBoolean("target_all"), rs.getString("target_units"),
                        rs.getString("target_kinds"), rs.getString("target_roles"), rs.getString("target_systems")),
                rs.getObject("due_on", LocalDate.class), CampaignState.valueOf(rs.getString("state")),
                rs.getObject("started_on", LocalDate.class), instant(rs, "closed_at"), rs.getInt("reminder_round"),
                instant(rs, "last_reminded_at"), rs.getLong("version"));
    }
}
