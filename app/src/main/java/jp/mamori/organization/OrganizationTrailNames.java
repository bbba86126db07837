package jp.mamori.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.trail.TrailObjectNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff (「職員番号 氏名」, linked to their page) and org units (by name) in the trail viewer. */
@Component
class OrganizationTrailNames implements TrailObjectNames {

    private final JdbcClient jdbc;

    OrganizationTrailNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids) {
        var uuids = TrailObjectNames.uuids(ids);
        if (uuids.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<String, ObjectLink>> found = switch (objectType) {
            case "Staff" -> jdbc.sql("SELECT id, staff_number, name FROM staff WHERE tenant_id = :tenant AND id IN (:ids)")
                    .param("tenant", tenantId).param("ids", uuids)
                    .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(2) + " " + rs.getString(3),
                            "/organization/staff/" + rs.getString(1))))
                    .list();
            case "OrgUnit" -> jdbc.sql("SELECT id, name FROM org_unit WHERE tenant_id = :tenant AND id IN (:ids)")
                    .param("tenant", tenantId).param("ids", uuids)
                    .query((rs, n) -> Map.entry(rs.getString(1), new ObjectLink(rs.getString(2), null)))
                    .list();
            default -> List.of();
        };
        return TrailObjectNames.byId(found);
    }
}
