package jp.mamori.supplier;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.trail.TrailObjectNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contractors, contracts, cloud services and social-media accounts in the trail viewer, linked to their pages. */
@Component
class SupplierTrailNames implements TrailObjectNames {

    private final JdbcClient jdbc;

    SupplierTrailNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids) {
        var uuids = TrailObjectNames.uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        String sql;
        String path;
        switch (objectType) {
            case "Contractor" -> {
                sql = "SELECT id, name FROM supplier_contractor";
                path = "/suppliers/contractors/";
            }
            case "Contract" -> {
                sql = "SELECT id, title FROM supplier_contract";
                path = "/suppliers/contracts/";
            }
            case "CloudService" -> {
                sql = "SELECT id, provider || ' ' || service FROM supplier_cloud_service";
                path = "/suppliers/cloud/";
            }
            case "SocialAccount" -> {
                sql = "SELECT id, platform || ' ' || account_name FROM supplier_social_account";
                path = "/suppliers/social/";
            }
            default -> {
                return Map.of();
            }
        }
        return TrailObjectNames.byId(jdbc.sql(sql + " WHERE tenant_id = :tenant AND id IN (:ids)")
                .param("tenant", tenantId).param("ids", uuids)
                .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(2), path + rs.getString(1))))
                .list());
    }
}
