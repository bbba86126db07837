package jp.mamori.asset;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.trail.TrailObjectNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Information assets in the trail viewer: 「台帳番号 名称」, linked to the asset's page. */
@Component
class AssetTrailNames implements TrailObjectNames {

    private final JdbcClient jdbc;

    AssetTrailNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids) {
        var uuids = TrailObjectNames.uuids(ids);
        if (!"InformationAsset".equals(objectType) || uuids.isEmpty()) {
            return Map.of();
        }
        return TrailObjectNames.byId(jdbc.sql(
                "SELECT id, register_number, name FROM information_asset WHERE tenant_id = :tenant AND id IN (:ids)")
                .param("tenant", tenantId).param("ids", uuids)
                .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(2) + " " + rs.getString(3),
                        "/assets/" + rs.getString(1))))
                .list());
    }
}
