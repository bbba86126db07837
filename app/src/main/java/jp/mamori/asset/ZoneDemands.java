package jp.mamori.asset;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for tenant-wide checks of placement (the network module): the {@link ZoneDemand} of the
 * register's assets, counting the information each system or medium holds as the consistency rules do. It answers
 * for the whole tenant, whoever runs it, and says only these facts, never the information itself. Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class ZoneDemands {

    private final JdbcClient jdbc;

    ZoneDemands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The demands of the tenant's assets that are not disposed, by asset id. */
    public Map<UUID, ZoneDemand> of(UUID tenantId) {
        record Row(UUID id, String number, String name, boolean confidential, boolean specific, String zone) {
        }
        var rows = new HashMap<UUID, Row>();
        jdbc.sql("SELECT id, register_number, name, confidentiality, specific_personal_info, zone FROM information_asset"
                        + " WHERE tenant_id = ? AND status <> 'DISPOSED'")
                .param(tenantId)
                .query(rs -> {
                    var id = rs.getObject(1, UUID.class);
                    rows.put(id, new Row(id, rs.getString(2), rs.getString(3),
                            Confidentiality.valueOf(rs.getString(4)).twoOrAbove(), rs.getBoolean(5), rs.getString(6)));
                });
        var confidential = new HashMap<UUID, Boolean>();
        var specific = new HashMap<UUID, Boolean>();
        jdbc.sql("SELECT container_id, held_id FROM asset_holding WHERE tenant_id = ?").param(tenantId).query(rs -> {
            var held = rows.get(rs.getObject(2, UUID.class));
            var container = rs.getObject(1, UUID.class);
            if (held != null) {
                confidential.merge(container, held.confidential(), Boolean::logicalOr);
                specific.merge(container, held.specific(), Boolean::logicalOr);
            }
        });
        var demands = new HashMap<UUID, ZoneDemand>();
        for (var r : rows.values()) {
            demands.put(r.id(), new ZoneDemand(r.number(), r.name(),
                    r.confidential() || confidential.getOrDefault(r.id(), false),
                    r.specific() || specific.getOrDefault(r.id(), false),
                    r.zone() == null ? null : Zone.valueOf(r.zone())));
        }
        return demands;
    }

    /** Only the given assets' demands. */
    public Map<UUID, ZoneDemand> of(UUID tenantId, Collection<UUID> assetIds) {
        var all = of(tenantId);
        var some = new HashMap<UUID, ZoneDemand>();
        assetIds.forEach(id -> {
            if (all.containsKey(id)) {
                some.put(id, all.get(id));
            }
        });
        return some;
    }
}
