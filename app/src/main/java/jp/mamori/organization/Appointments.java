package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores appointments; every statement filters by tenant, updates check the version. */
@Repository
class Appointments {

    private static final String COLUMNS =
            "id, tenant_id, staff_id, role, unit_id, starts_on, ends_on, version FROM appointment";

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Appointment> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Appointments::map).optional();
    }

    List<Appointment> all(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? ORDER BY role, starts_on").param(tenantId)
                .query(Appointments::map).list();
    }

    List<Appointment> ofStaff(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND staff_id = ? ORDER BY starts_on, role")
                .params(tenantId, staffId).query(Appointments::map).list();
    }

    List<Appointment> holdingOn(UUID tenantId, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
                        + " ORDER BY role, starts_on")
                .params(tenantId, on, on).query(Appointments::map).list();
    }

    void save(Appointment appointment) {
        if (appointment.version() == null) {
            jdbc.sql("""
                    INSERT INTO appointment (id, tenant_id, staff_id, role, unit_id, starts_on, ends_on, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(appointment.id(), appointment.tenantId(), appointment.staffId(), appointment.role().name(),
                            appointment.unitId(), appointment.startsOn(), appointment.endsOn())
                    .update();
            return;
        }
        int changed = jdbc.sql("UPDATE appointment SET ends_on = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ? AND version = ?")
                .params(appointment.endsOn(), appointment.tenantId(), appointment.id(), appointment.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("appointment " + appointment.id() + " changed");
        }
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("staff_id", UUID.class),
                SecurityRole.valueOf(rs.getString("role")),
                rs.getObject("unit_id", UUID.class),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getLong("version"));
    }
}
