package jp.mamori.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for reading tenants. Thread-safe; returns immutable views. Changes go through
 * the settings page and the demo data loader.
 */
@Service
@Transactional(readOnly = true)
public class Tenants {

    private static final String COLUMNS =
            "id, name, name_kana, name_romaji, code, scheme, separation_model, mfa_for_all FROM tenant";

    private final JdbcClient jdbc;

    Tenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = ?").param(id).query(Tenants::map).optional();
    }

    public List<Tenant> all() {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY code").query(Tenants::map).list();
    }

    public Optional<Tenant> findByCode(LocalGovernmentCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE code = ?").param(code.value()).query(Tenants::map).optional();
    }

    /** Whether the installation has no tenant yet (first start). */
    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM tenant").query(Long.class).single() == 0;
    }

    /** The month a fiscal year starts in (4 = April, the rule for Japanese local governments). */
    public int fiscalYearStartMonth(UUID tenantId) {
        return jdbc.sql("SELECT fiscal_year_start_month FROM tenant WHERE id = ?").param(tenantId)
                .query(Integer.class).optional().orElse(4);
    }

    /**
     * The time zone a tenant's people read times in; empty when the tenant does not exist. A zone id that is not
     * one Java knows (hand-edited data) fails loudly here rather than showing times in a wrong zone.
     */
    public Optional<ZoneId> timeZone(UUID tenantId) {
        return jdbc.sql("SELECT time_zone FROM tenant WHERE id = ?").param(tenantId).query(String.class).optional()
                .map(ZoneId::of);
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("name_kana"),
                rs.getString("name_romaji"),
                new LocalGovernmentCode(rs.getString("code")),
                ClassificationScheme.valueOf(rs.getString("scheme")),
                SeparationModel.valueOf(rs.getString("separation_model")),
                rs.getBoolean("mfa_for_all"));
    }
}
