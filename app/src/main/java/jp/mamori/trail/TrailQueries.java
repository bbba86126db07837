package jp.mamori.trail;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jp.mamori.web.TenantZone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads one tenant's entries for the viewer, its exports and the dashboard. Always filtered by tenant. */
@Repository
@Transactional(readOnly = true)
class TrailQueries {

    private static final String COLUMNS = "seq, occurred_at, actor_kind, actor_id, actor_name, action, object_type, "
            + "object_id, summary, source_address, request_id";

    private final JdbcClient jdbc;
    private final TenantZone zones;

    TrailQueries(JdbcClient jdbc, TenantZone zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    long count(UUID tenantId, TrailFilter filter) {
        var where = where(tenantId, filter);
        return bind(jdbc.sql("SELECT count(*) FROM trail_entry WHERE " + where.sql()), where).query(Long.class).single();
    }

    /** Newest first. */
    List<TrailRow> page(UUID tenantId, TrailFilter filter, int offset, int limit) {
        var where = where(tenantId, filter);
        return bind(jdbc.sql("SELECT " + COLUMNS + " FROM trail_entry WHERE " + where.sql()
                + " ORDER BY seq DESC LIMIT :limit OFFSET :offset"), where)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(rs, zones.zone(tenantId)))
                .list();
    }

    /** Up to {@code limit} matching entries, newest first, one at a time (exports). */
    void each(UUID tenantId, TrailFilter filter, int limit, Consumer<TrailRow> consumer) {
        var where = where(tenantId, filter);
        var zone = zones.zone(tenantId);
        bind(jdbc.sql("SELECT " + COLUMNS + " FROM trail_entry WHERE " + where.sql() + " ORDER BY seq DESC LIMIT :limit"), where)
                .param("limit", limit)
                .query(rs -> {
                    consumer.accept(row(rs, zone));
                });
    }

    long countSince(UUID tenantId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM trail_entry WHERE tenant_id = :tenant AND occurred_at >= :since")
                .param("tenant", tenantId)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private static TrailRow row(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        return new TrailRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), zone);
    }

    private record Where(String sql, List<Object[]> params) {
    }

    /** The filter's days are the tenant's: "from 4月1日" starts at midnight in its zone. */
    private Where where(UUID tenantId, TrailFilter filter) {
        var zone = zones.zone(tenantId);
        var sql = new StringBuilder("tenant_id = :tenant");
        var params = new ArrayList<Object[]>();
        params.add(new Object[] {"tenant", tenantId});
        if (filter.who() != null) {
            sql.append(" AND (lower(actor_name) LIKE :who ESCAPE '\\' OR lower(actor_id) LIKE :who ESCAPE '\\')");
            params.add(new Object[] {"who", "%" + escape(filter.who().toLowerCase()) + "%"});
        }
        if (filter.what() != null) {
            sql.append(" AND action LIKE :what ESCAPE '\\'");
            params.add(new Object[] {"what", escape(filter.what()) + "%"});
        }
        if (filter.object() != null) {
            sql.append(" AND (lower(object_type) LIKE :object ESCAPE '\\' OR lower(object_id) LIKE :object ESCAPE '\\')");
            params.add(new Object[] {"object", "%" + escape(filter.object().toLowerCase()) + "%"});
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.add(new Object[] {"from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant())});
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.add(new Object[] {"to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant())});
        }
        return new Where(sql.toString(), params);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Where where) {
        for (var param : where.params()) {
            spec = spec.param((String) param[0], param[1]);
        }
        return spec;
    }

    /** LIKE wildcards typed by the user match themselves. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
