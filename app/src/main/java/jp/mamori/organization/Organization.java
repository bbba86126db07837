package jp.mamori.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for other modules: staff members, the roles they hold on a day, and the reach of a unit
 * (the unit with all its sub-units). Every method takes the tenant and never returns anything of another
 * tenant. Thread-safe; returns immutable views.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    private final JdbcClient jdbc;
    private final StaffRegister staff;

    Organization(JdbcClient jdbc, StaffRegister staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    public Optional<StaffMember> staffMember(UUID tenantId, UUID staffId) {
        return staff.find(tenantId, staffId).map(Staff::view);
    }

    public Optional<StaffMember> staffByNumber(UUID tenantId, String staffNumber) {
        return staff.findByNumber(tenantId, staffNumber).map(Staff::view);
    }

    /**
     * The staff members in service on that day (both ends of their service inclusive), in staff-number order;
     * for modules that address everyone, such as an acknowledgement campaign taking its snapshot.
     */
    public List<StaffMember> staffActiveOn(UUID tenantId, LocalDate day) {
        return staff.all(tenantId).stream().map(Staff::view).filter(member -> member.activeOn(day)).toList();
    }

    /** The roles the staff member holds on that day (appointments whose period contains it). */
    public List<RoleHolding> rolesHeld(UUID tenantId, UUID staffId, LocalDate on) {
        return jdbc.sql("""
                        SELECT role, unit_id FROM appointment
                        WHERE tenant_id = ? AND staff_id = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                        ORDER BY role, unit_id""")
                .params(tenantId, staffId, on, on)
                .query((rs, row) -> new RoleHolding(
                        SecurityRole.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)))
                .list();
    }

    /** The unit and every unit below it; empty when the unit is not the tenant's. */
    public Set<UUID> unitWithDescendants(UUID tenantId, UUID unitId) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        boolean[] found = {false};
        jdbc.sql("SELECT id, parent_id FROM org_unit WHERE tenant_id = ?").param(tenantId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID parent = rs.getObject("parent_id", UUID.class);
            found[0] |= id.equals(unitId);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(id);
            }
        });
        if (!found[0]) {
            return Set.of();
        }
        Set<UUID> reach = new LinkedHashSet<>();
        var todo = new ArrayDeque<UUID>();
        todo.add(unitId);
        while (!todo.isEmpty()) {
            UUID next = todo.poll();
            if (reach.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return Set.copyOf(reach);
    }

    /** Every unit of the tenant, in code order, abolished ones included (marked inactive). */
    public List<UnitSummary> units(UUID tenantId) {
        return jdbc.sql("SELECT id, parent_id, code, name, active FROM org_unit WHERE tenant_id = ? ORDER BY code")
                .param(tenantId)
                .query((rs, row) -> new UnitSummary(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                        rs.getString("code"), rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    /**
     * The 情報セキュリティ管理者 of a unit on that day: the staff member in service appointed to
     * {@link SecurityRole#SECTION_SECURITY_MANAGER} for the unit, or else for the nearest unit above it
     * (a 係 has no 管理者 of its own). Empty when the post is vacant.
     */
    public Optional<StaffMember> sectionManager(UUID tenantId, UUID unitId, LocalDate on) {
        Map<UUID, UUID> parents = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM org_unit WHERE tenant_id = ?").param(tenantId)
                .query(rs -> {
                    parents.put(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class));
                });
        UUID unit = unitId;
        for (int depth = 0; unit != null && parents.containsKey(unit) && depth < 32; depth++) {
            var holder = jdbc.sql("SELECT s.id, s.tenant_id, s.name, s.name_kana, s.staff_number, s.kind, s.unit_id, s.email,"
                            + " s.active_from, s.active_to, s.version FROM appointment a JOIN staff s ON s.id = a.staff_id AND s.tenant_id = a.tenant_id"
                            + " WHERE a.tenant_id = ? AND a.unit_id = ? AND a.role = 'SECTION_SECURITY_MANAGER'"
                            + " AND a.starts_on <= ? AND (a.ends_on IS NULL OR a.ends_on >= ?)"
                            + " AND s.active_from <= ? AND (s.active_to IS NULL OR s.active_to >= ?)"
                            + " ORDER BY a.starts_on DESC, s.staff_number")
                    .params(tenantId, unit, on, on, on, on).query((rs, row) -> StaffRegister.map(rs, row).view()).list();
            if (!holder.isEmpty()) {
                return Optional.of(holder.get(0));
            }
            unit = parents.get(unit);
        }
        return Optional.empty();
    }
}
