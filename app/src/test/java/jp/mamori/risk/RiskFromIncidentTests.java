package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.incident.IncidentFacts;
import jp.mamori.incident.IncidentState;
import jp.mamori.incident.Incidents;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A closed incident puts one draft risk on the register for its unit, named after its cause. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class RiskFromIncidentTests {

    @Autowired Incidents incidents;
    @Autowired TenantCalendar calendar;
    @Autowired JdbcClient jdbc;

    @Test
    void closingAnIncidentDraftsOneRiskFromIt() {
        var town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var soumu = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '100'").param(town)
                .query(UUID.class).single();
        var today = calendar.today(town);
        var id = Actor.system("test").callAs(() -> {
            var incident = incidents.report(town, soumu, "内線", null, new IncidentFacts("共有フォルダの誤公開 "
                    + UUID.randomUUID(), "", today, "共有フォルダ", false, 0, false, false, false, false, false));
            incidents.triage(town, incident, 0, "中");
            long version = 1;
            for (var state : new IncidentState[] {IncidentState.INVESTIGATING, IncidentState.CONTAINED,
                    IncidentState.RECOVERED, IncidentState.PREVENTING}) {
                incidents.advance(town, incident, version++, state);
            }
            incidents.close(town, incident, version, "アクセス権の設定誤り", "設定変更は二人で確認する", soumu,
                    today.plusDays(30));
            return incident;
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT COUNT(*) FROM risk WHERE tenant_id = ? AND source = ?").params(town, "incident:" + id)
                .query(Long.class).single()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT title FROM risk WHERE tenant_id = ? AND source = ?").params(town, "incident:" + id)
                .query(String.class).single()).contains("アクセス権の設定誤り");
    }
}
