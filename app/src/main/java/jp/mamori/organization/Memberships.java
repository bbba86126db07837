package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dated unit membership of staff ({@code staff_membership}); every statement filters by tenant. Rows of one
 * person never overlap. A transfer closes the row in force and opens one from the day of the move, so the past is
 * never overwritten. {@code batch_id} names the personnel-change batch that wrote a row (null for a single edit or
 * an import): undoing a batch deletes its rows and reopens the rows they closed.
 */
@Repository
class Memberships {

    private static final String COLUMNS = "id, staff_id, unit_id, post, starts_on, ends_on FROM staff_membership";

    private record Row(UUID id, UUID staffId, UUID unitId, String post, LocalDate startsOn, LocalDate endsOn) {
    }

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the history agree with the staff record just saved: a newcomer's first row starts with their service;
     * a move to another unit takes effect on {@code today} (the tenant's business date), or on the first day of
     * service when that is later.
     */
    void follow(Staff staff, LocalDate today) {
        var rows = rows(staff.tenantId(), staff.id());
        if (rows.isEmpty()) {
            insert(staff.tenantId(), staff.id(), staff.unitId(), null, staff.activeFrom(), null);
            return;
        }
        var first = rows.get(0);
        if (first.startsOn().isAfter(staff.activeFrom())) { // the start of service was corrected to an earlier day
            jdbc.sql("UPDATE staff_membership SET starts_on = ? WHERE tenant_id = ? AND id = ?")
                    .params(staff.activeFrom(), staff.tenantId(), first.id()).update();
        }
        var effective = today.isBefore(staff.activeFrom()) ? staff.activeFrom() : today;
        var current = rows.stream().filter(r -> covers(r, effective)).findFirst().orElse(rows.get(rows.size() - 1));
        if (current.unitId().equals(staff.unitId())) {
            return;
        }
        if (!current.startsOn().isBefore(effective)) { // moved again on the day it started: a correction, not a move
            jdbc.sql("UPDATE staff_membership SET unit_id = ?, post = NULL WHERE tenant_id = ? AND id = ?")
                    .params(staff.unitId(), staff.tenantId(), current.id()).update();
            return;
        }
        jdbc.sql("UPDATE staff_membership SET ends_on = ? WHERE tenant_id = ? AND id = ?")
                .params(effective.minusDays(1), staff.tenantId(), current.id()).update();
        insert(staff.tenantId(), staff.id(), staff.unitId(), null, effective, current.endsOn());
    }

    /**
     * A personnel-change batch moves the person to {@code unitId} from {@code effective}: the row in force that day
     * ends the day before (or, when it starts that very day, is replaced), and a row of the batch starts.
     */
    void move(UUID tenantId, UUID staffId, UUID unitId, String post, LocalDate effective, UUID batchId) {
        var rows = rows(tenantId, staffId);
        for (var row : rows) {
            if (row.endsOn() == null || !row.endsOn().isBefore(effective)) {
                if (!row.startsOn().isBefore(effective)) {
                    jdbc.sql("DELETE FROM staff_membership WHERE tenant_id = ? AND id = ?").params(tenantId, row.id())
                            .update();
                } else {
                    jdbc.sql("UPDATE staff_membership SET ends_on = ? WHERE tenant_id = ? AND id = ?")
                            .params(effective.minusDays(1), tenantId, row.id()).update();
                }
            }
        }
        jdbc.sql("INSERT INTO staff_membership (id, tenant_id, staff_id, unit_id, post, starts_on, ends_on, batch_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, NULL, ?)")
                .params(UUID.randomUUID(), tenantId, staffId, unitId, post, effective, batchId).update();
    }

    /** A leaver's membership ends on their last day. */
    void end(UUID tenantId, UUID staffId, LocalDate lastDay) {
        jdbc.sql("UPDATE staff_membership SET ends_on = ? WHERE tenant_id = ? AND staff_id = ?"
                        + " AND (ends_on IS NULL OR ends_on > ?) AND starts_on <= ?")
                .params(lastDay, tenantId, staffId, lastDay, lastDay).update();
    }

    /** The person's memberships that overlap [from, to], oldest first, cut to their service. */
    List<UnitMembership> ofStaff(UUID tenantId, UUID staffId, LocalDate from, LocalDate to) {
        return overlapping("m.staff_id", tenantId, staffId, from, to);
    }

    /** The memberships in a unit that overlap [from, to], by person then start, cut to each one's service. */
    List<UnitMembership> ofUnit(UUID tenantId, UUID unitId, LocalDate from, LocalDate to) {
        return overlapping("m.unit_id", tenantId, unitId, from, to);
    }

    private List<UnitMembership> overlapping(String column, UUID tenantId, UUID id, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT m.staff_id, m.unit_id, m.post, m.starts_on, m.ends_on, s.active_to"
                        + " FROM staff_membership m JOIN staff s ON s.tenant_id = m.tenant_id AND s.id = m.staff_id"
                        + " WHERE m.tenant_id = ? AND " + column + " = ? AND m.starts_on <= ?"
                        + " AND (m.ends_on IS NULL OR m.ends_on >= ?) AND (s.active_to IS NULL OR s.active_to >= ?)"
                        + " AND (s.active_to IS NULL OR s.active_to >= m.starts_on) ORDER BY m.staff_id, m.starts_on")
                .params(tenantId, id, to, from, from).query((rs, n) -> {
                    var ends = rs.getObject("ends_on", LocalDate.class);
                    var left = rs.getObject("active_to", LocalDate.class);
                    var last = ends == null || (left != null && left.isBefore(ends)) ? left : ends;
                    return new UnitMembership(StaffId.of(rs.getObject("staff_id", UUID.class)),
                            UnitId.of(rs.getObject("unit_id", UUID.class)), rs.getString("post"),
                            rs.getObject("starts_on", LocalDate.class), last);
                }).list();
    }

    private List<Row> rows(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND staff_id = ? ORDER BY starts_on")
                .params(tenantId, staffId).query(Memberships::map).list();
    }

    private void insert(UUID tenantId, UUID staffId, UUID unitId, String post, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("INSERT INTO staff_membership (id, tenant_id, staff_id, unit_id, post, starts_on, ends_on, batch_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")
                .params(UUID.randomUUID(), tenantId, staffId, unitId, post, startsOn, endsOn).update();
    }

    private static boolean covers(Row row, LocalDate day) {
        return !row.startsOn().isAfter(day) && (row.endsOn() == null || !row.endsOn().isBefore(day));
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("post"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
