package jp.mamori.asset;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-asset change history: one row per change, written in the change's transaction. Thread-safe. */
@Repository
class AssetHistory {

    /** One change as shown on the asset page. */
    record Change(OffsetDateTime at, String actor, String action, String summary) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    AssetHistory(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    void record(UUID tenantId, UUID assetId, String action, String summary) {
        recordAll(tenantId, List.of(assetId), action, List.of(summary));
    }

    /** Many changes at once (imports): asset i got summary i. */
    void recordAll(UUID tenantId, List<UUID> assetIds, String action, List<String> summaries) {
        var actor = Actor.current().name();
        var now = OffsetDateTime.now(clock);
        var rows = new ArrayList<Object[]>(assetIds.size());
        for (int i = 0; i < assetIds.size(); i++) {
            var summary = summaries.get(i);
            rows.add(new Object[] {UUID.randomUUID(), tenantId, assetIds.get(i), now, actor, action,
                summary.length() > 4000 ? summary.substring(0, 3999) + "…" : summary});
        }
        template.batchUpdate("INSERT INTO asset_change (id, tenant_id, asset_id, changed_at, actor, action, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    List<Change> of(UUID tenantId, UUID assetId) {
        return jdbc.sql("SELECT changed_at, actor, action, summary FROM asset_change WHERE tenant_id = ? AND asset_id = ?"
                        + " ORDER BY changed_at DESC, id")
                .params(tenantId, assetId)
                .query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
