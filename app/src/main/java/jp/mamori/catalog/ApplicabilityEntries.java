package jp.mamori.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;
import jp.mamori.kernel.EditConflict;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the tenant's statement lines. Every statement filters by tenant. Saving checks the version read: a line
 * saved by someone else in between (or inserted concurrently) is an {@link EditConflict}. Thread-safe.
 */
@Repository
class ApplicabilityEntries {

    private static final String COLUMNS = "measure_id, applicability, reason, status, owner_role, owner_unit_id,"
            + " local_article, notes, updated_at, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicabilityEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ApplicabilityEntry> find(UUID tenantId, String measureId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_applicability WHERE tenant_id = ? AND measure_id = ?")
                .params(tenantId, measureId).query(ApplicabilityEntries::map).optional();
    }

    /** The saved lines of the tenant by measure id (untouched measures are absent). */
    Map<String, ApplicabilityEntry> all(UUID tenantId) {
        var map = new LinkedHashMap<String, ApplicabilityEntry>();
        jdbc.sql("SELECT " + COLUMNS + " FROM catalog_applicability WHERE tenant_id = ? ORDER BY measure_id")
                .param(tenantId).query(ApplicabilityEntries::map).stream().forEach(e -> map.put(e.measureId(), e));
        return map;
    }

    /** Saves the line over the version it was read at; returns the saved line (version one higher). */
    ApplicabilityEntry save(UUID tenantId, String edition, ApplicabilityEntry entry) {
        var now = OffsetDateTime.now(clock);
        var role = entry.ownerRole() == null ? null : entry.ownerRole().name();
        if (entry.version() == 0) {
            try {
                jdbc.sql("INSERT INTO catalog_applicability (id, tenant_id, measure_id, edition, applicability, reason,"
                                + " status, owner_role, owner_unit_id, local_article, notes, updated_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                        .params(UUID.randomUUID(), tenantId, entry.measureId(), edition, entry.applicability().name(),
                                entry.reason(), entry.status().name(), role, entry.ownerUnitId(), entry.localArticle(),
                                entry.notes(), now)
                        .update();
            } catch (DuplicateKeyException e) {
                throw new EditConflict("statement line " + entry.measureId() + " was created meanwhile");
            }
        } else {
            int updated = jdbc.sql("UPDATE catalog_applicability SET applicability = ?, reason = ?, status = ?,"
                            + " owner_role = ?, owner_unit_id = ?, local_article = ?, notes = ?, updated_at = ?,"
                            + " version = version + 1 WHERE tenant_id = ? AND measure_id = ? AND version = ?")
                    .params(entry.applicability().name(), entry.reason(), entry.status().name(), role,
                            entry.ownerUnitId(), entry.localArticle(), entry.notes(), now, tenantId, entry.measureId(),
                            entry.version())
                    .update();
            if (updated == 0) {
                throw new EditConflict("statement line " + entry.measureId() + " is not at version " + entry.version());
            }
        }
        return new ApplicabilityEntry(entry.measureId(), entry.applicability(), entry.reason(), entry.status(),
                entry.ownerRole(), entry.ownerUnitId(), entry.localArticle(), entry.notes(), now, entry.version() + 1);
    }

    private static ApplicabilityEntry map(ResultSet rs, int row) throws SQLException {
        var role = rs.getString("owner_role");
        return new ApplicabilityEntry(rs.getString("measure_id"), Applicability.valueOf(rs.getString("applicability")),
                rs.getString("reason"), ImplementationStatus.valueOf(rs.getString("status")),
                role == null ? null : SecurityRole.valueOf(role), rs.getObject("owner_unit_id", UUID.class),
                rs.getString("local_article"), rs.getString("notes"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
