package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees what (issue: a reporter sees their own reports; the CSIRT and the CISO see all; a 管理者 sees their
 * unit's): through the pages, on the demo town, with users whose permissions reach the whole tenant or one 課.
 * What is outside a reader's reach is not found, so its existence is not disclosed; handling needs its own
 * permission within reach.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class IncidentReachTests {

    @Autowired MockMvc mvc;
    @Autowired Incidents incidents;
    @Autowired TenantCalendar calendar;
    @Autowired JdbcClient jdbc;

    UUID town;
    UUID soumu;
    UUID zeimu;
    UUID inSoumu;
    UUID inZeimu;
    String marker;

    @BeforeEach
    void setUp() {
        town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        soumu = unit("100");
        zeimu = unit("120");
        marker = UUID.randomUUID().toString().substring(0, 8);
        inSoumu = report(soumu, "総務課の端末でウイルス検知 " + marker);
        inZeimu = report(zeimu, "税務の帳票を誤送付 " + marker);
    }

    private UUID report(UUID unit, String title) {
        var today = calendar.today(town);
        return Actor.system("test").callAs(() -> incidents.report(town, unit, "内線 100", null,
                new IncidentFacts(title, "詳細", today, "端末", false, 0, false, false, false, false, false)));
    }

    private UUID unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = ?").params(town, code)
                .query(UUID.class).single();
    }

    private RequestPostProcessor as(UUID accountId, Set<UUID> units, Permission... permissions) {
        var user = new CurrentUser(accountId, null, town, "職員 " + accountId.toString().substring(0, 4),
                Set.of(permissions), units.isEmpty(), units);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aReporterSeesTheirOwnReportsAndNobodyElses() throws Exception {
        var reporter = as(UUID.randomUUID(), Set.of());
        var colleague = as(UUID.randomUUID(), Set.of());
        var created = mvc.perform(post("/incidents/report").with(reporter).with(csrf())
                        .param("title", "メールの誤送信 " + marker).param("whatHappened", "宛先を間違えた")
                        .param("affected", "申請者一覧").param("contact", "内線 201"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(created).startsWith("/incidents/mine/");
        var id = created.substring(created.lastIndexOf('/') + 1);

        assertThat(body(get("/incidents/mine").with(reporter))).contains("メールの誤送信 " + marker)
                .doesNotContain("総務課の端末でウイルス検知 " + marker);
        assertThat(body(get(created).with(reporter))).contains("メールの誤送信 " + marker);
        assertThat(body(get("/incidents/mine").with(colleague))).doesNotContain("メールの誤送信 " + marker);
        assertThat(status(get(created).with(colleague))).isEqualTo(404);
        // Staff without a permission reach neither the register nor an incident's handling page.
        assertThat(status(get("/incidents").with(reporter))).isEqualTo(403);
        assertThat(status(get("/incidents/" + id).with(reporter))).isEqualTo(403);
    }

    @Test
    void aUnitsManagerSeesTheUnitsIncidentsOnlyAndCannotHandleThem() throws Exception {
        var manager = as(UUID.randomUUID(), Set.of(soumu), Permission.INCIDENT_VIEW);
        assertThat(body(get("/incidents").param("q", marker).with(manager)))
                .contains("総務課の端末でウイルス検知 " + marker).doesNotContain("税務の帳票を誤送付 " + marker);
        assertThat(body(get("/incidents/" + inSoumu).with(manager))).contains("総務課の端末でウイルス検知");
        assertThat(status(get("/incidents/" + inZeimu).with(manager))).isEqualTo(404);
        assertThat(status(post("/incidents/" + inSoumu + "/triage").with(manager).with(csrf())
                .param("version", "0").param("severity", "高"))).isEqualTo(403);
        assertThat(incidents.get(town, inSoumu).state()).isEqualTo(IncidentState.REPORTED);
    }

    @Test
    void theCsirtSeesAndHandlesEveryUnitsIncidents() throws Exception {
        var csirt = as(UUID.randomUUID(), Set.of(), Permission.INCIDENT_VIEW, Permission.INCIDENT_HANDLE);
        assertThat(body(get("/incidents").param("q", marker).with(csirt)))
                .contains("総務課の端末でウイルス検知 " + marker).contains("税務の帳票を誤送付 " + marker);
        assertThat(mvc.perform(post("/incidents/" + inZeimu + "/triage").with(csirt).with(csrf())
                .param("version", "0").param("severity", "高")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/incidents/" + inZeimu);
        assertThat(incidents.get(town, inZeimu).state()).isEqualTo(IncidentState.RECEIVED);
    }

    @Test
    void handlingWithinAUnitReachesThatUnitOnly() throws Exception {
        // Seeing everything does not lend its reach to a handling permission held for one unit.
        var user = new CurrentUser(UUID.randomUUID(), null, town, "職員", java.util.Map.of(
                Permission.INCIDENT_VIEW, jp.mamori.access.Reach.TENANT,
                Permission.INCIDENT_HANDLE, jp.mamori.access.Reach.units(Set.of(soumu))));
        var both = authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
        assertThat(status(post("/incidents/" + inZeimu + "/triage").with(both).with(csrf())
                .param("version", "0").param("severity", "中"))).isEqualTo(404);
        assertThat(incidents.get(town, inZeimu).state()).isEqualTo(IncidentState.REPORTED);
        assertThat(status(post("/incidents/" + inSoumu + "/triage").with(both).with(csrf())
                .param("version", "0").param("severity", "中"))).isEqualTo(302);
    }
}
