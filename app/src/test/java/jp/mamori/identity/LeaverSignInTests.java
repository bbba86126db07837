package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.importing.Imports;
import jp.mamori.importing.SheetImport;
import jp.mamori.tenant.TenantCalendar;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A leaver in an applied 人事異動 batch can no longer sign in: the batch ends their service the day before the
 * effective date and announces it, so their account is disabled and their open session ends. Nothing in identity
 * changed for this: the batch uses the hook that exists (organization.StaffDeactivated → OrganizationChanges), and
 * sign-in refuses anyone out of service anyway.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class LeaverSignInTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired AddressThrottle addresses;
    @Autowired JdbcClient jdbc;
    @Autowired Imports imports;
    @Autowired List<SheetImport<?>> registers;
    @Autowired TenantCalendar calendar;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    @Test
    void aLeaverInAnAppliedBatchLosesTheirSessionAndCannotSignInAgain() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD)
                .with(csrf())).andReturn().getResponse().getCookie(COOKIE).getValue();
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        var today = calendar.today(person.tenantId());
        var csv = "職員番号,異動区分,新所属組織コード,発令日\r\n" + person.staffNumber() + ",退職,," + today + "\r\n";
        apply(person.tenantId(), csv);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jdbc.sql("SELECT enabled FROM account WHERE id = ?")
                .param(person.accountId()).query(Boolean.class).single());
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @SuppressWarnings("unchecked")
    private void apply(UUID tenantId, String csv) {
        var register = (SheetImport<jp.mamori.importing.ImportPlan>) registers.stream()
                .filter(r -> r.kind().equals("organization.personnel")).findFirst().orElseThrow();
        Actor.system("test").runAs(() -> imports.importNow(register, tenantId, "leaver.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }
}
