package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.TenantId;
import jp.mamori.kernel.UnitId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for questions about people over time that other modules ask: where a member of staff worked
 * during a period and who belonged to a unit then (an auditor may not audit a unit they belonged to in the audited
 * period), who holds a security role, and who has a mail address. Every answer is one tenant's. Thread-safe; returns
 * immutable values. Periods are closed: [from, to], both days included.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final Memberships memberships;
    private final StaffRegister register;
    private final JdbcClient jdbc;

    StaffDirectory(Memberships memberships, StaffRegister register, JdbcClient jdbc) {
        this.memberships = memberships;
        this.register = register;
        this.jdbc = jdbc;
    }

    /** The units the person belonged to on any day of [from, to], oldest first, each cut to their service. */
    public List<UnitMembership> whereWorked(TenantId tenant, StaffId staff, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return memberships.ofStaff(tenant.value(), staff.value(), from, to);
    }

    /** Everyone who belonged to the unit (that unit only, not those below it) on any day of [from, to]. */
    public List<UnitMembership> whoBelonged(TenantId tenant, UnitId unit, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return memberships.ofUnit(tenant.value(), unit.value(), from, to);
    }

    /**
     * The staff in service on {@code on} who are appointed to {@code role} on that day, by staff number. With a
     * unit, only appointments for that very unit (a 係 has no 管理者 of its own: ask for its 課, or use
     * {@link Organization#sectionManager}); with null, every appointment to the role.
     */
    public List<RoleHolder> holders(TenantId tenant, SecurityRole role, UnitId unit, LocalDate on) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(on, "on");
        var sql = new StringBuilder("""
                SELECT a.staff_id, s.name, s.staff_number, a.unit_id, a.starts_on, a.ends_on
                FROM appointment a JOIN staff s ON s.tenant_id = a.tenant_id AND s.id = a.staff_id
                WHERE a.tenant_id = ? AND a.role = ? AND a.starts_on <= ? AND (a.ends_on IS NULL OR a.ends_on >= ?)
                AND s.active_from <= ? AND (s.active_to IS NULL OR s.active_to >= ?)""");
        var params = new ArrayList<Object>(List.of(tenant.value(), role.name(), on, on, on, on));
        if (unit != null) {
            sql.append(" AND a.unit_id = ?");
            params.add(unit.value());
        }
        sql.append(" ORDER BY s.staff_number, a.starts_on");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            var unitId = rs.getObject("unit_id", UUID.class);
            return new RoleHolder(StaffId.of(rs.getObject("staff_id", UUID.class)), rs.getString("name"),
                    rs.getString("staff_number"), role, unitId == null ? null : UnitId.of(unitId),
                    rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
        }).list();
    }

    /**
     * The tenant's staff with this mail address, compared without regard to case (as mail systems treat the
     * domain, and as municipal directories treat the whole address), by staff number. Usually one; more when the
     * register holds a shared address, which the caller must not resolve by guessing. Empty for a blank address.
     */
    public List<StaffMember> byMail(TenantId tenant, String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return register.byMail(tenant.value(), address.strip().toLowerCase(Locale.ROOT)).stream().map(Staff::view)
                .toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " > " + to);
        }
    }
}
