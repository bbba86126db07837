package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores org units; every statement filters by tenant, updates check the version (optimistic locking). */
@Repository
class OrgUnits {

    private static final String COLUMNS =
            "id, tenant_id, parent_id, category, level, code, name, name_kana, active, version FROM org_unit";

    private final JdbcClient jdbc;

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(OrgUnits::map).optional();
    }

    Optional<OrgUnit> findByCode(UUID tenantId, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND code = ?").params(tenantId, code)
                .query(OrgUnits::map).optional();
    }

    List<OrgUnit> all(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? ORDER BY code").param(tenantId)
                .query(OrgUnits::map).list();
    }

    OrgTree tree(UUID tenantId) {
        return new OrgTree(all(tenantId));
    }

    long count(UUID tenantId, boolean activeOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE tenant_id = ?" + (activeOnly ? " AND active = TRUE" : ""))
                .param(tenantId).query(Long.class).single();
    }

    /** Inserts a new unit (version null) or updates it when nobody changed it since it was read. */
    void save(OrgUnit unit) {
        if (unit.version() == null) {
            jdbc.sql("""
                    INSERT INTO org_unit (id, tenant_id, parent_id, category, level, code, name, name_kana, active, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(unit.id(), unit.tenantId(), unit.parentId(), unit.category().name(), unit.level().name(),
                            unit.code(), unit.name(), unit.nameKana(), unit.active())
                    .update();
            return;
        }
        int changed = jdbc.sql("""
                UPDATE org_unit SET parent_id = ?, category = ?, level = ?, code = ?, name = ?, name_kana = ?,
                active = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(unit.parentId(), unit.category().name(), unit.level().name(), unit.code(), unit.name(),
                        unit.nameKana(), unit.active(), unit.tenantId(), unit.id(), unit.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("org unit " + unit.id() + " changed since version " + unit.version());
        }
    }

    private static OrgUnit map(ResultSet rs, int row) throws SQLException {
        return new OrgUnit(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                OrgUnitCategory.valueOf(rs.getString("category")),
                OrgUnitLevel.valueOf(rs.getString("level")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_kana"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
