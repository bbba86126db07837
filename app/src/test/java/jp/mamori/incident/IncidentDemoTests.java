package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo town's two incidents, as real handling leaves them: states, obligations, the corrective action. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class IncidentDemoTests {

    @Autowired JdbcClient jdbc;
    @Autowired Incidents incidents;

    @Test
    void theTownHasAClosedPhishingCaseAndAnOpenLostUsbStickWithItsPreliminaryReportSent() {
        var town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var closed = jdbc.sql("SELECT id FROM incident WHERE tenant_id = ? AND title LIKE '不審なメール%'").param(town)
                .query(UUID.class).single();
        var open = jdbc.sql("SELECT id FROM incident WHERE tenant_id = ? AND title LIKE '%USBメモリを紛失'").param(town)
                .query(UUID.class).single();
        assertThat(incidents.get(town, closed).state()).isEqualTo(IncidentState.CLOSED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM corrective_action WHERE tenant_id = ? AND source_module = 'incident'"
                + " AND source_id = ?").params(town, closed.toString()).query(Long.class).single()).isEqualTo(1);
        var usb = incidents.get(town, open);
        assertThat(usb.state()).isEqualTo(IncidentState.INVESTIGATING);
        var ppc = usb.activeObligations().stream().filter(o -> o.body() == ReportingBody.PPC).findFirst().orElseThrow();
        assertThat(ppc.preliminarySentAt()).isNotNull();
        assertThat(ppc.finalSentAt()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND object_type = 'Incident'"
                + " AND object_id = ?").params(town, open.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }
}
