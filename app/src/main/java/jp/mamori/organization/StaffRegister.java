package jp.mamori.organization;

import jp.mamori.web.ResultPage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores staff (職員名簿); every statement filters by tenant, updates check the version. */
@Repository
class StaffRegister {

    private static final String COLUMNS = "id, tenant_id, staff_number, name, name_kana, kind, unit_id, email,"
            + " active_from, active_to, version FROM staff";

    private final JdbcClient jdbc;

    StaffRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Staff> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(StaffRegister::map).optional();
    }

    Optional<Staff> findByNumber(UUID tenantId, String staffNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND staff_number = ?").params(tenantId, staffNumber)
                .query(StaffRegister::map).optional();
    }

    /** Staff whose address, lower-cased, is {@code lowerCaseAddress}; by staff number. */
    List<Staff> byMail(UUID tenantId, String lowerCaseAddress) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND LOWER(email) = ? ORDER BY staff_number")
                .params(tenantId, lowerCaseAddress).query(StaffRegister::map).list();
    }

    List<Staff> all(UUID tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? ORDER BY staff_number").param(tenantId)
                .query(StaffRegister::map).list();
    }

    /**
     * A page of staff matching the text (name, kana, number or mail) within the units given (null: the
     * whole tenant) and the unit filter (null: none; a unit with its sub-units), ordered by staff number.
     */
    ResultPage<Staff> search(UUID tenantId, String text, Collection<UUID> units, Collection<UUID> unitFilter, int page,
            int size) {
        var where = new StringBuilder(" WHERE tenant_id = ?");
        var params = new ArrayList<Object>();
        params.add(tenantId);
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(name) LIKE ? OR LOWER(name_kana) LIKE ? OR LOWER(staff_number) LIKE ?"
                    + " OR LOWER(COALESCE(email, '')) LIKE ?)");
            var like = "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 4; i++) {
                params.add(like);
            }
        }
        if (units != null) {
            if (units.isEmpty()) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            where.append(" AND unit_id IN (").append(String.join(",", units.stream().map(u -> "?").toList())).append(")");
            params.addAll(units);
        }
        if (unitFilter != null) {
            if (unitFilter.isEmpty()) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            where.append(" AND unit_id IN (").append(String.join(",", unitFilter.stream().map(u -> "?").toList()))
                    .append(")");
            params.addAll(unitFilter);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM staff" + where).params(params).query(Long.class).single();
        var items = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY staff_number LIMIT " + size + " OFFSET "
                        + ((long) page * size))
                .params(params).query(StaffRegister::map).list();
        return new ResultPage<>(items, page, size, total);
    }

    long countActive(UUID tenantId, LocalDate on) {
        return jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ? AND active_from <= ? AND (active_to IS NULL OR active_to >= ?)")
                .params(tenantId, on, on).query(Long.class).single();
    }

    long countActiveInUnit(UUID tenantId, UUID unitId, LocalDate on) {
        return jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ? AND unit_id = ? AND active_from <= ?"
                        + " AND (active_to IS NULL OR active_to >= ?)")
                .params(tenantId, unitId, on, on).query(Long.class).single();
    }

    void save(Staff staff) {
        if (staff.version() == null) {
            jdbc.sql("""
                    INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, email, active_from,
                    active_to, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(staff.id(), staff.tenantId(), staff.staffNumber(), staff.name(), staff.nameKana(),
                            staff.kind().name(), staff.unitId(), staff.email(), staff.activeFrom(), staff.activeTo())
                    .update();
            return;
        }
        int changed = jdbc.sql("""
                UPDATE staff SET staff_number = ?, name = ?, name_kana = ?, kind = ?, unit_id = ?, email = ?,
                active_from = ?, active_to = ?, version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(staff.staffNumber(), staff.name(), staff.nameKana(), staff.kind().name(), staff.unitId(),
                        staff.email(), staff.activeFrom(), staff.activeTo(), staff.tenantId(), staff.id(),
                        staff.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("staff " + staff.id() + " changed since version " + staff.version());
        }
    }

    static Staff map(ResultSet rs, int row) throws SQLException {
        return new Staff(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("staff_number"),
                rs.getString("name"),
                rs.getString("name_kana"),
                StaffKind.valueOf(rs.getString("kind")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("email"),
                rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class),
                rs.getLong("version"));
    }
}
