package jp.mamori.incident;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores a tenant's {@link IncidentSettings}; a save succeeds only at the version the form was read at. */
@Repository
class IncidentSettingsRows {

    private final JdbcClient jdbc;

    IncidentSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IncidentSettings> find(UUID tenantId) {
        return jdbc.sql("SELECT severity_scale, preliminary_days, final_days, final_days_malice, version"
                        + " FROM incident_settings WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> new IncidentSettings(Arrays.asList(rs.getString("severity_scale").split("\n")),
                        new ReportingDeadlines(rs.getInt("preliminary_days"), rs.getInt("final_days"),
                                rs.getInt("final_days_malice")), rs.getLong("version")))
                .optional();
    }

    /** Saves the settings read at {@code version} (-1: never saved), as the next version. */
    void save(UUID tenantId, long version, IncidentSettings s) {
        var scale = String.join("\n", s.severityLevels());
        var d = s.deadlines();
        int n = version < 0
                ? jdbc.sql("INSERT INTO incident_settings (tenant_id, severity_scale, preliminary_days, final_days,"
                                + " final_days_malice, version) SELECT ?, ?, ?, ?, ?, 0 WHERE NOT EXISTS"
                                + " (SELECT 1 FROM incident_settings WHERE tenant_id = ?)")
                        .params(tenantId, scale, d.preliminaryDays(), d.finalDays(), d.finalDaysMalice(), tenantId)
                        .update()
                : jdbc.sql("UPDATE incident_settings SET severity_scale = ?, preliminary_days = ?, final_days = ?,"
                                + " final_days_malice = ?, version = version + 1 WHERE tenant_id = ? AND version = ?")
                        .params(scale, d.preliminaryDays(), d.finalDays(), d.finalDaysMalice(), tenantId, version)
                        .update();
        if (n != 1) {
            throw new EditConflict("incident settings of " + tenantId + " are no longer at version " + version);
        }
    }
}
