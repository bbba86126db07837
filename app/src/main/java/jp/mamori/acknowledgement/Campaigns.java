package jp.mamori.acknowledgement;

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

    private static final String COLUMNS = "id, tenant_id, title, revision_id, target_all, target_units, target_kinds,"
            + " due_on, state, started_on, closed_at, reminder_round, version";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AcknowledgementCampaign> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ack_campaign WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Campaigns::map).optional();
    }

    void insert(AcknowledgementCampaign c, Instant now) {
        jdbc.sql("""
                        INSERT INTO ack_campaign (id, tenant_id, title, revision_id, target_all, target_units, target_kinds,
                            due_on, state, started_on, closed_at, reminder_round, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.id(), c.tenantId(), c.title(), c.revisionId(), c.target().all(), c.target().unitsColumn(),
                        c.target().kindsColumn(), c.dueOn(), c.state().name(), c.startedOn(), timestamp(c.closedAt()),
                        c.reminderRound(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Saves the campaign if nobody saved it since {@code c.version()} was read; else {@link EditConflict}. */
    void update(AcknowledgementCampaign c, Instant now) {
        var updated = jdbc.sql("""
                        UPDATE ack_campaign SET title = ?, revision_id = ?, target_all = ?, target_units = ?,
                            target_kinds = ?, due_on = ?, state = ?, started_on = ?, closed_at = ?, reminder_round = ?,
                            updated_at = ?, version = version + 1
                        WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(c.title(), c.revisionId(), c.target().all(), c.target().unitsColumn(), c.target().kindsColumn(),
                        c.dueOn(), c.state().name(), c.startedOn(), timestamp(c.closedAt()), c.reminderRound(),
                        Timestamp.from(now), c.tenantId(), c.id(), c.version())
                .update();
        if (updated != 1) {
            throw new EditConflict("acknowledgement campaign " + c.id());
        }
    }

    ResultPage<AcknowledgementCampaign> page(UUID tenantId, String text, CampaignState state, int page, int size) {
        var where = new StringBuilder(" FROM ack_campaign WHERE tenant_id = ?");
        var params = new ArrayList<Object>();
        params.add(tenantId);
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

    /** The tenant's open campaigns. */
    List<AcknowledgementCampaign> open(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ack_campaign WHERE tenant_id = ? AND state = 'OPEN' ORDER BY due_on")
                .param(tenantId).query(Campaigns::map).list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static AcknowledgementCampaign map(ResultSet rs, int row) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        return new AcknowledgementCampaign(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("title"), rs.getObject("revision_id", UUID.class),
                CampaignTarget.of(rs.getBoolean("target_all"), rs.getString("target_units"), rs.getString("target_kinds")),
                rs.getObject("due_on", LocalDate.class), CampaignState.valueOf(rs.getString("state")),
                rs.getObject("started_on", LocalDate.class), closed == null ? null : closed.toInstant(),
                rs.getInt("reminder_round"), rs.getLong("version"));
    }
}
