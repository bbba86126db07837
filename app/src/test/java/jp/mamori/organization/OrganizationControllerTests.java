package jp.mamori.organization;

import static jp.mamori.organization.OrganizationWebFixture.admin;
import static jp.mamori.organization.OrganizationWebFixture.as;
import static jp.mamori.organization.OrganizationWebFixture.scoped;
import static jp.mamori.organization.OrganizationWebFixture.user;
import static jp.mamori.organization.OrganizationWebFixture.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The organisation pages: they render, refuse without permission (403) and hide other tenants' records (404). */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrganizationControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Tenants tenants;
    @Autowired TenantRegistration registration;
    @Autowired OrgUnits units;
    @Autowired StaffRegister staff;
    @Autowired Appointments appointments;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    UUID kumenan;
    static OrganizationFixture other;

    @BeforeEach
    void setUp() {
        kumenan = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow().id();
        if (other == null || tenants.find(other.tenantId).isEmpty()) {
            other = OrganizationWebFixture.otherTenant(transactions, registration, units, staff, appointments, "99001");
        }
    }

    private UUID unit(String code) {
        return units.findByCode(kumenan, code).orElseThrow().id();
    }

    private Staff firstStaffOf(String unitCode) {
        var id = unit(unitCode);
        return staff.all(kumenan).stream().filter(s -> s.unitId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pagesRenderForAnAdministrator() throws Exception {
        var me = as(admin(kumenan));
        mvc.perform(get("/organization/units").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("税務住民課")));
        mvc.perform(get("/organization/units").param("q", "係").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("学校教育係")))
                .andExpect(content().string(not(containsString(">税務住民課<"))));
        mvc.perform(get("/organization/units/new").with(me)).andExpect(status().isOk());
        mvc.perform(get("/organization/units/{id}/edit", unit("100")).with(me)).andExpect(status().isOk());
        mvc.perform(get("/organization/staff").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("ページ 1 / 3")));
        var builder = firstStaffOf("1402");
        mvc.perform(get("/organization/staff").param("unit", unit("140").toString()).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString(builder.name())))
                .andExpect(content().string(not(containsString(firstStaffOf("1201").name()))))
                .andExpect(content().string(containsString("hx-get=\"/organization/staff\"")));
        var someone = firstStaffOf("100");
        mvc.perform(get("/organization/staff/{id}", someone.id()).with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString(someone.name())))
                .andExpect(content().string(containsString("最高情報セキュリティ責任者")));
        mvc.perform(get("/organization/staff/{id}/edit", someone.id()).with(me)).andExpect(status().isOk());
        mvc.perform(get("/organization/staff/new").with(me)).andExpect(status().isOk());
        mvc.perform(get("/organization/chart").param("on", "2026-06-01").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("必須の役割はすべて任命されています")));
        mvc.perform(get("/organization/appointments").param("role", "AUDITOR").param("on", "2026-06-01").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("保健福祉課")))
                .andExpect(content().string(not(containsString("最高情報セキュリティ責任者（CISO）</td>"))));
        mvc.perform(get("/organization/chart").param("on", "2026-03-01").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("CSIRT の要員が一人も任命されていません")))
                .andExpect(content().string(containsString("「総務課」に情報セキュリティ管理者がいません")));
        mvc.perform(get("/organization/chart.svg").param("on", "2026-06-01").with(me)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(containsString(">最高情報セキュリティ責任者</tspan>")))
                .andExpect(content().string(not(containsString("…"))))
                .andExpect(content().string(containsString("width=\"100%\" viewBox=\"0 0 ")));
    }

    @Test
    void theSvgEscapesNamesAndMarksVacancies() throws Exception {
        var me = as(admin(other.tenantId));
        mvc.perform(post("/organization/units").with(me).with(csrf())
                        .param("category", "EXECUTIVE").param("level", "SECTION").param("code", "X1")
                        .param("name", "<script>&\"課'").param("nameKana", ""))
                .andExpect(status().is3xxRedirection());
        var svg = mvc.perform(get("/organization/chart.svg").with(me)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).contains("&lt;script&gt;&amp;&quot;課&#39;").doesNotContain("<script>");
        assertThat(svg).contains("#fdecea").contains("（空席）");
    }

    @Test
    void withoutPermissionEveryEndpointIsRefused() throws Exception {
        var nobody = as(user(kumenan, EnumSet.noneOf(Permission.class)));
        var someone = firstStaffOf("100");
        for (var path : new String[] {"/organization/units", "/organization/staff", "/organization/chart",
                "/organization/appointments", "/api/v1/staff", "/organization/export/staff.csv",
                "/organization/chart.svg", "/organization/staff/" + someone.id()}) {
            mvc.perform(get(path).with(nobody)).andExpect(status().isForbidden());
        }
        var reader = as(viewer(kumenan));
        mvc.perform(get("/organization/units/new").with(reader)).andExpect(status().isForbidden());
        mvc.perform(get("/organization/staff/new").with(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/organization/units").with(reader).with(csrf()).param("category", "EXECUTIVE")
                .param("level", "SECTION").param("code", "Z9").param("name", "新課")).andExpect(status().isForbidden());
        mvc.perform(post("/organization/units/{id}/deactivate", unit("300")).with(reader).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/organization/staff/{id}/leave", someone.id()).with(reader).with(csrf())
                .param("version", "0").param("lastDay", "2026-06-01")).andExpect(status().isForbidden());
        mvc.perform(post("/organization/staff/{id}/appointments", someone.id()).with(reader).with(csrf())
                .param("role", "CSIRT_MEMBER").param("startsOn", "2026-06-01")).andExpect(status().isForbidden());
        var appointment = appointments.ofStaff(kumenan, someone.id()).get(0);
        mvc.perform(post("/organization/staff/{s}/appointments/{a}/end", someone.id(), appointment.id()).with(reader)
                .with(csrf()).param("version", "0").param("lastDay", "2026-06-01")).andExpect(status().isForbidden());
        assertThat(staff.find(kumenan, someone.id()).orElseThrow().activeTo()).isNull();
    }

    @Test
    void anotherTenantsRecordsAreNotFound() throws Exception {
        var me = as(admin(kumenan));
        var theirStaff = other.staffId("1");
        var theirUnit = other.unitId("100");
        var theirAppointment = appointments.ofStaff(other.tenantId, theirStaff).get(0);
        mvc.perform(get("/organization/staff/{id}", theirStaff).with(me)).andExpect(status().isNotFound());
        mvc.perform(get("/organization/staff/{id}/edit", theirStaff).with(me)).andExpect(status().isNotFound());
        mvc.perform(get("/organization/units/{id}/edit", theirUnit).with(me)).andExpect(status().isNotFound());
        mvc.perform(post("/organization/units/{id}/deactivate", theirUnit).with(me).with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organization/staff/{id}/leave", theirStaff).with(me).with(csrf()).param("version", "0")
                .param("lastDay", "2026-06-01")).andExpect(status().isNotFound());
        mvc.perform(post("/organization/staff/{id}/appointments", theirStaff).with(me).with(csrf())
                .param("role", "CSIRT_MEMBER").param("startsOn", "2026-06-01")).andExpect(status().isNotFound());
        mvc.perform(post("/organization/staff/{s}/appointments/{a}/end", theirStaff, theirAppointment.id()).with(me)
                .with(csrf()).param("version", "0").param("lastDay", "2026-06-01")).andExpect(status().isNotFound());
        mvc.perform(get("/organization/staff").param("q", "職員1").with(me))
                .andExpect(content().string(containsString("該当する職員はいません")));
        assertThat(staff.find(other.tenantId, theirStaff).orElseThrow().activeTo()).isNull();
    }

    @Test
    void aScopedUserSeesOnlyTheirUnits() throws Exception {
        var zeimu = units.tree(kumenan).descendantsOf(unit("120"));
        var me = as(scoped(kumenan, zeimu));
        var inside = firstStaffOf("1201");
        var outside = firstStaffOf("100");
        mvc.perform(get("/organization/staff/{id}", inside.id()).with(me)).andExpect(status().isOk());
        mvc.perform(get("/organization/staff/{id}", outside.id()).with(me)).andExpect(status().isNotFound());
        mvc.perform(get("/organization/staff").with(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString(inside.name())))
                .andExpect(content().string(not(containsString(outside.name()))));
    }

    @Test
    void appointingRecordsATrailEntryAndAnnouncesTheChange() throws Exception {
        var me = as(admin(kumenan));
        var person = firstStaffOf("1402");
        var before = jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'organization.appointment.created'")
                .query(Long.class).single();
        mvc.perform(post("/organization/staff/{id}/appointments", person.id()).with(me).with(csrf())
                        .param("role", "CSIRT_MEMBER").param("startsOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'organization.appointment.created'")
                .query(Long.class).single()).isEqualTo(before + 1);
        assertThat(events.stream(AppointmentsChanged.class)).contains(new AppointmentsChanged(kumenan, person.id()));
        // The same again is refused with the rule's message, and nothing is written.
        mvc.perform(post("/organization/staff/{id}/appointments", person.id()).with(me).with(csrf())
                        .param("role", "CSIRT_MEMBER").param("startsOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同じ人が同じ期間に同じ役割を既に任命されています")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'organization.appointment.created'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void endingServiceAnnouncesTheDeactivation() throws Exception {
        var me = as(admin(other.tenantId));
        var person = staff.find(other.tenantId, other.staffId("2")).orElseThrow();
        mvc.perform(post("/organization/staff/{id}/leave", person.id()).with(me).with(csrf())
                        .param("version", String.valueOf(person.version()))
                        .param("lastDay", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(StaffDeactivated.class)).contains(new StaffDeactivated(other.tenantId, person.id()));
        // A stale version is a conflict, not a silent overwrite.
        mvc.perform(post("/organization/staff/{id}/leave", person.id()).with(me).with(csrf())
                        .param("version", String.valueOf(person.version()))
                        .param("lastDay", LocalDate.now().minusDays(2).toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void aUnitCycleIsRefusedWithTheRulesMessage() throws Exception {
        var me = as(admin(kumenan));
        var soumu = units.find(kumenan, unit("100")).orElseThrow();
        mvc.perform(post("/organization/units/{id}", soumu.id()).with(me).with(csrf())
                        .param("category", "EXECUTIVE").param("level", "SECTION").param("code", "100")
                        .param("name", "総務課").param("parentId", unit("1001").toString())
                        .param("version", String.valueOf(soumu.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上位の組織にはできません")));
        assertThat(units.find(kumenan, soumu.id()).orElseThrow().parentId()).isNull();
    }

    static Set<UUID> none() {
        return Set.of();
    }

    @Test
    void aRefusedStaffFormNamesEachFieldAndWhatIsAllowed() throws Exception {
        var me = as(admin(kumenan));
        mvc.perform(post("/organization/staff").with(me).with(csrf()).param("staffNumber", "職員1")
                        .param("name", "").param("nameKana", "やまだ").param("kind", "REGULAR")
                        .param("unitId", unit("300").toString()).param("email", "taro@")
                        .param("activeFrom", "2026-04-01").param("activeTo", "2026-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("氏名を入力してください（必須）。")))
                .andExpect(content().string(containsString("職員番号には半角の英数字、ハイフン（-）、下線（_）だけを使えます（いま「職員1」）。")))
                .andExpect(content().string(containsString("メールアドレス「taro@」はメールアドレスの形ではありません。")))
                .andExpect(content().string(containsString(
                        "在職終了日 2026-02-30 は存在しない日付です。YYYY-MM-DD の形で、例えば 2026-02-28 のように入力してください。")));
        mvc.perform(post("/organization/staff").with(me).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("mamori-lang", "en")).param("staffNumber", "X1")
                        .param("name", "").param("nameKana", "やまだ").param("kind", "REGULAR")
                        .param("unitId", unit("300").toString()).param("activeFrom", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name is required.")));
    }
}
