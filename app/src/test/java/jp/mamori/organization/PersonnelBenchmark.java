package jp.mamori.organization;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;
import jp.mamori.importing.Imports;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.TenantRegistration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the 人事異動 batch of a large city: 20,000 staff in 400 units (each 課 with its 情報セキュリティ管理者),
 * then a change list of 20,000 rows (15,000 transfers, 2,500 leavers, 2,000 joiners, 500 role appointments, all on
 * one April 1st) previewed and applied through the import pipeline as the page does it. Not a test; run by hand (see
 * docs/performance.md):
 *
 * <pre>java -cp app/target/test-classes:app/target/classes:$(cat cp.txt) jp.mamori.organization.PersonnelBenchmark h2|postgres</pre>
 */
public final class PersonnelBenchmark {

    private PersonnelBenchmark() {
    }

    public static void main(String[] args) {
        var database = args.length > 0 ? args[0] : "h2";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var properties = new LinkedHashMap<String, Object>();
        properties.put("mamori.demo", "false");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        if (database.equals("postgres")) {
            properties.put(TestDatabase.SELECTOR, "postgres");
        }
        properties.forEach((key, value) -> System.setProperty(key, value.toString()));
        try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
            var jdbc = context.getBean(JdbcClient.class);
            var template = context.getBean(JdbcTemplate.class);
            var transactions = context.getBean(TransactionTemplate.class);
            var imports = context.getBean(Imports.class);
            var changes = context.getBean(PersonnelChanges.class);
            var calendar = context.getBean(TenantCalendar.class);
            var tenant = Actor.system("bench").callAs(() -> transactions.execute(status -> context
                    .getBean(TenantRegistration.class).register("ベンチ市", "べんちし", "Bench City",
                            LocalGovernmentCode.withCheckDigit("99001"), ClassificationScheme.LEGACY,
                            SeparationModel.ALPHA, false))).id();
            int unitCount = 400;
            var units = new ArrayList<UUID>();
            var unitRows = new ArrayList<Object[]>();
            for (int u = 0; u < unitCount; u++) {
                var id = UUID.randomUUID();
                units.add(id);
                unitRows.add(new Object[] {id, tenant, "EXECUTIVE", "SECTION", String.format("U%03d", u), "課 " + u,
                    "か " + u});
            }
            template.batchUpdate("INSERT INTO org_unit (id, tenant_id, parent_id, category, level, code, name, name_kana,"
                    + " active, version) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, TRUE, 0)", unitRows);
            var from = LocalDate.of(2010, 4, 1);
            var staffRows = new ArrayList<Object[]>();
            var memberRows = new ArrayList<Object[]>();
            var appointmentRows = new ArrayList<Object[]>();
            for (int i = 0; i < people; i++) {
                var id = UUID.randomUUID();
                var unit = units.get(i % unitCount);
                staffRows.add(new Object[] {id, tenant, String.format("S%06d", i), "職員 " + i, "しょくいん " + i, unit, from});
                memberRows.add(new Object[] {id, tenant, id, unit, from});
                if (i < unitCount) {
                    appointmentRows.add(new Object[] {UUID.randomUUID(), tenant, id, unit, from});
                }
            }
            template.batchUpdate("INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id,"
                    + " active_from, version) VALUES (?, ?, ?, ?, ?, 'REGULAR', ?, ?, 0)", staffRows);
            template.batchUpdate("INSERT INTO staff_membership (id, tenant_id, staff_id, unit_id, starts_on)"
                    + " VALUES (?, ?, ?, ?, ?)", memberRows);
            template.batchUpdate("INSERT INTO appointment (id, tenant_id, staff_id, role, unit_id, starts_on, version)"
                    + " VALUES (?, ?, ?, 'SECTION_SECURITY_MANAGER', ?, ?, 0)", appointmentRows);
            if (database.equals("postgres")) {
                jdbc.sql("VACUUM ANALYZE").update();
            }

            var day = calendar.today(tenant).toString();
            var rows = new ArrayList<List<String>>();
            int transfers = people * 3 / 4;
            int leavers = people / 8;
            int joiners = people / 10;
            int roles = people - transfers - leavers - joiners;
            for (int i = 0; i < transfers; i++) {
                rows.add(List.of(String.format("S%06d", i), "異動", "", "", "", String.format("U%03d", (i + 7) % unitCount),
                        "主事", "", day, ""));
            }
            for (int i = transfers; i < transfers + leavers; i++) {
                rows.add(List.of(String.format("S%06d", i), "退職", "", "", "", "", "", "", day, ""));
            }
            for (int i = 0; i < joiners; i++) {
                rows.add(List.of(String.format("N%06d", i), "採用", "新規 " + i, "しんき " + i, "職員",
                        String.format("U%03d", i % unitCount), "主事", "", day, ""));
            }
            for (int i = transfers + leavers; i < transfers + leavers + roles; i++) {
                rows.add(List.of(String.format("S%06d", i), "役割", "", "", "", String.format("U%03d", i % unitCount), "",
                        "情報システム担当者", day, ""));
            }
            var bytes = PersonnelChanges.csv(rows).getBytes(StandardCharsets.UTF_8);
            var account = UUID.randomUUID();
            long start = System.nanoTime();
            var preview = imports.preview(changes, tenant, account, "jinji.csv", bytes);
            long previewed = System.nanoTime();
            if (!preview.problems().isEmpty()) {
                throw new IllegalStateException("problems: " + preview.problems().subList(0, 3));
            }
            var plan = preview.plan();
            System.out.printf("%s: preview of %,d rows: %.1f s (transfers %,d, leavers %,d, joiners %,d, roles %,d,"
                            + " access changes %,d, vacancies %,d)%n", database, rows.size(), (previewed - start) / 1e9,
                    plan.transfers(), plan.leavers(), plan.joiners(), plan.appointments(), plan.access().size(),
                    plan.vacancies().size());
            long applying = System.nanoTime();
            Actor.system("bench").runAs(() -> imports.confirm(changes, tenant, account, preview.uploadId()));
            long applied = System.nanoTime();
            System.out.printf("%s: apply (planned again, then written in one transaction): %.1f s%n", database,
                    (applied - applying) / 1e9);
            System.out.printf("%s: staff in service now %,d, trail entries %,d%n", database,
                    jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ? AND (active_to IS NULL OR active_to >= ?)")
                            .params(tenant, calendar.today(tenant)).query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ?").param(tenant).query(Long.class)
                            .single());
        }
    }
}
