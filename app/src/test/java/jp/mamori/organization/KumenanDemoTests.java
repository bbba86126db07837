package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.mamori.DatabaseTest;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo town is loaded at start-up (mamori.demo=true is the default) and its 体制図 is complete. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class KumenanDemoTests {

    @Autowired
    Tenants tenants;
    @Autowired
    OrganizationCharts charts;
    @Autowired
    StaffRegister register;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsKumenanWithItsCheckDigitCode() {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow();
        assertThat(kumenan.name()).isEqualTo("久米南町");
        assertThat(register.countActive(kumenan.id(), LocalDate.of(2026, 6, 1))).isBetween(60L, 80L);
        assertThat(units.all(kumenan.id())).extracting(OrgUnit::name)
                .contains("総務課", "税務住民課", "保健福祉課", "教育委員会事務局", "議会事務局", "上下水道課", "学校教育係");
        assertThat(register.all(kumenan.id())).extracting(Staff::kind)
                .contains(StaffKind.REGULAR, StaffKind.FISCAL_YEAR_APPOINTED, StaffKind.DISPATCHED, StaffKind.CONTRACTOR);
    }

    @Test
    void theDemoChartHasEveryRequiredRoleAndNoSegregationHint() {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow();
        var chart = charts.chart(kumenan.id(), LocalDate.of(2026, 6, 1));
        assertThat(chart.vacancies()).isEmpty();
        assertThat(chart.hints()).isEmpty();
        assertThat(chart.ciso()).hasSize(1);
        assertThat(chart.departments()).hasSize(10);
        assertThat(chart.csirt()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chart.auditors()).hasSize(2);
        // Before the fiscal year the appointments start, every required role is vacant.
        assertThat(charts.chart(kumenan.id(), LocalDate.of(2026, 3, 31)).vacancies()).hasSize(23);
    }

    @Test
    void recordsOneTrailEntryBySystemDemo() {
        var kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        var entries = jdbc.sql("SELECT actor_kind, actor_id, action FROM trail_entry WHERE tenant_id = ? AND action LIKE 'organization.%'")
                .param(kumenan)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3)).list();
        assertThat(entries).containsExactlyInAnyOrder("system:demo:organization.demo.loaded",
                "system:demo:organization.personnel.sampleLoaded");
    }
}
