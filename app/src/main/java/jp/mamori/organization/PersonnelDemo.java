package jp.mamori.organization;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jp.mamori.demo.DemoStep;
import jp.mamori.demo.DemoTown;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 久米南町's 人事異動 list, kept ready on the 人事異動 page: the 産業建設課長 (its 情報セキュリティ責任者 and 管理者)
 * leaves, a 建設係 member becomes the 課's new 情報セキュリティ管理者 (and so must take the manager course), a
 * 福祉係 member moves to 財政係, and a 会計年度任用職員 joins 税務係. Previewing it warns that the 課's
 * 情報セキュリティ責任者 is left vacant. Effective on the demo's load day, so that applying it shows at once.
 */
@Component
class PersonnelDemo implements DemoStep {

    static final String FILE_NAME = "人事異動_4月1日付_久米南町.csv";

    private final JdbcClient jdbc;
    private final TenantCalendar calendar;
    private final Trail trail;

    PersonnelDemo(JdbcClient jdbc, TenantCalendar calendar, Trail trail) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.trail = trail;
    }

    @Override
    public String name() {
        return "organization.personnel";
    }

    @Override
    public Set<String> after() {
        return Set.of("organization", "training");
    }

    @Override
    public boolean alreadyLoaded(DemoTown town) {
        return DemoStep.anyRow(jdbc, "personnel_sample", town);
    }

    @Override
    public void load(DemoTown town) {
        var tenantId = town.tenantId();
        var day = calendar.today(tenantId).toString();
        var leaver = jdbc.sql("""
                SELECT s.staff_number FROM appointment a JOIN staff s ON s.id = a.staff_id JOIN org_unit u ON u.id = a.unit_id
                WHERE a.tenant_id = ? AND a.role = 'SECTION_SECURITY_MANAGER' AND u.code = '140' ORDER BY s.staff_number""")
                .param(tenantId).query(String.class).list().get(0);
        var newManager = first(tenantId, "1402");
        var mover = first(tenantId, "1301");
        var joiner = "2026" + String.format("%03d", jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ?")
                .param(tenantId).query(Long.class).single() + 1);
        var csv = PersonnelChanges.csv(List.of(
                List.of(leaver, "退職", "", "", "", "", "", "", day, ""),
                List.of(newManager, "役割", "", "", "", "140", "", "情報セキュリティ管理者", day, ""),
                List.of(mover, "異動", "", "", "", "1002", "主事", "", day, ""),
                List.of(joiner, "採用", "岡 美咲", "おか みさき", "会計年度任用職員", "1201", "事務補助員", "", day,
                        "oka.misaki@kumenan.example.jp")));
        jdbc.sql("INSERT INTO personnel_sample (tenant_id, file_name, content) VALUES (?, ?, ?)")
                .params(tenantId, FILE_NAME, csv.getBytes(StandardCharsets.UTF_8)).update();
        trail.record(tenantId, "organization.personnel.sampleLoaded", "PersonnelBatch", "-",
                "デモ用の人事異動リスト「" + FILE_NAME + "」を用意（4 行, 未適用）");
    }

    /** The first regular member of the unit, by staff number, who holds no security role. */
    private String first(java.util.UUID tenantId, String unitCode) {
        return jdbc.sql("""
                SELECT s.staff_number FROM staff s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.tenant_id = ? AND u.code = ? AND s.kind = 'REGULAR'
                AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.staff_id = s.id) ORDER BY s.staff_number""")
                .params(tenantId, unitCode).query(String.class).list().get(0);
    }
}
