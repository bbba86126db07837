package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V16 gives every member of staff who exists before it one open membership in today's unit from their first day. */
class MembershipMigrationTests {

    @Test
    void existingStaffGetTheirCurrentUnitFromTheStartOfService() {
        var data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:membership-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        migrate(data, "15");
        var jdbc = JdbcClient.create(data);
        var tenant = UUID.randomUUID();
        var unit = UUID.randomUUID();
        var staff = UUID.randomUUID();
        jdbc.sql("INSERT INTO org_unit (id, tenant_id, category, level, code, name, name_kana, version)"
                + " VALUES (?, ?, 'EXECUTIVE', 'SECTION', '11', '総務課', 'そうむか', 0)").params(unit, tenant).update();
        jdbc.sql("INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, active_from, version)"
                + " VALUES (?, ?, '1', '職員', 'しょくいん', 'REGULAR', ?, ?, 0)")
                .params(staff, tenant, unit, LocalDate.of(2019, 4, 1)).update();

        migrate(data, "16");

        var row = jdbc.sql("SELECT tenant_id, unit_id, starts_on, ends_on FROM staff_membership WHERE staff_id = ?")
                .param(staff).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)}).single();
        assertThat(row).containsExactly(tenant, unit, LocalDate.of(2019, 4, 1), null);
    }

    private static void migrate(JdbcDataSource data, String target) {
        Flyway.configure().dataSource(data).locations("classpath:db/migration").target(target).load().migrate();
    }
}
