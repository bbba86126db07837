package jp.mamori.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-measure change history of a tenant's statement (shown on the measure page), one row per change, written
 * in the change's transaction; the trail holds the tamper-evident copy. Thread-safe.
 */
@Repository
class MeasureHistory {

    /** One change as shown on the measure page. */
    record Change(OffsetDateTime at, String actor, String action, String summary) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID tenantId, String measureId, String action, String summary) {
        jdbc.sql("INSERT INTO catalog_measure_change (id, tenant_id, measure_id, changed_at, actor, action, summary)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenantId, measureId, OffsetDateTime.now(clock),
                        Actor.current().name(), action,
                        summary.length() > 4000 ? summary.substring(0, 3999) + "…" : summary)
                .update();
    }

    List<Change> of(UUID tenantId, String measureId) {
        return jdbc.sql("SELECT changed_at, actor, action, summary FROM catalog_measure_change"
                        + " WHERE tenant_id = ? AND measure_id = ? ORDER BY changed_at DESC, id")
                .params(tenantId, measureId)
                .query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
