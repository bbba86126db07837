package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import jp.mamori.MutableClock;
import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.organization.AppointmentsChanged;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The account page and the administrators' account page: permissions, tenant isolation, trail entries. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class AccountPagesTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired AddressThrottle addresses;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    String signIn(IdentityFixture.Person person) throws Exception {
        var first = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse();
        var session = first.getCookie(COOKIE).getValue();
        if ("/login/second-factor".equals(first.getRedirectedUrl())) {
            session = mvc.perform(post("/login/second-factor").param("code", fixture.currentCode(person)).with(csrf())
                    .cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getCookie(COOKIE).getValue();
        }
        return session;
    }

    IdentityFixture.Person administrator() {
        var admin = fixture.person(PASSWORD, true, null, false);
        jdbc.sql("UPDATE account SET administrator = TRUE WHERE id = ?").param(admin.accountId()).update();
        return admin;
    }

    long trail(String action, UUID objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = ? AND object_id = ?")
                .params(action, objectId.toString()).query(Long.class).single();
    }

    @Test
    void derivesPermissionsAgainWhenAppointmentsChange() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = signIn(person);
        var before = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(before.getContentAsString()).doesNotContain("TRAIL_VIEW");

        fixture.appoint(new IdentityFixture.TenantRow(person.tenantId(), person.unitId(), person.code()), person.staffId(), "CISO");
        transactions.executeWithoutResult(s -> events.publishEvent(new AppointmentsChanged(person.tenantId(), person.staffId())));
        // The listener runs after the commit, on another thread: wait for its effect, not for a fixed time.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT authz_version FROM account WHERE id = ?")
                        .param(person.accountId()).query(Long.class).single() > 0);
        var after = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(after.getContentAsString()).contains("TRAIL_VIEW", "APPOINTMENT_EDIT");
    }

    @Test
    void issuesListsAndRevokesOwnTokensOnly() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = signIn(person);
        var issued = mvc.perform(post("/account/tokens").param("name", "スクリプト").param("days", "30").with(csrf())
                .cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(issued.getRedirectedUrl()).isEqualTo("/account");
        var page = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("mmr_", "スクリプト");
        var tokenId = jdbc.sql("SELECT id FROM api_token WHERE account_id = ?").param(person.accountId())
                .query(UUID.class).single();
        assertThat(trail("identity.apitoken.issued", tokenId)).isEqualTo(1);

        var other = fixture.person(PASSWORD, false, null, false);
        var otherSession = signIn(other);
        assertThat(mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(csrf()).cookie(new Cookie(COOKIE, otherSession)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(csrf()).cookie(new Cookie(COOKIE, session)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(trail("identity.apitoken.revoked", tokenId)).isEqualTo(1);
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOneAndEndsOtherSessionsOnRequest() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = signIn(person);
        var other = signIn(person);
        var wrong = mvc.perform(post("/account/password").param("current", "not it at all").param("password", "a whole new sentence here")
                .param("passwordAgain", "a whole new sentence here").with(csrf()).cookie(new Cookie(COOKIE, session))).andReturn();
        assertThat(trail("identity.password.changed", person.accountId())).isZero();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/account");
        mvc.perform(post("/account/password").param("current", PASSWORD).param("password", "a whole new sentence here")
                .param("passwordAgain", "a whole new sentence here").with(csrf()).cookie(new Cookie(COOKIE, session)));
        assertThat(trail("identity.password.changed", person.accountId())).isEqualTo(1);

        mvc.perform(post("/account/sessions/end-others").with(csrf()).cookie(new Cookie(COOKIE, session)));
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, other))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void administratorsUnlockAndResetWithinTheirTenantOnly() throws Exception {
        var admin = administrator();
        var session = signIn(admin);
        var colleague = fixture.person(PASSWORD, true, null, false);
        jdbc.sql("UPDATE account SET tenant_id = ?, failed_streak = 7, locked_until = ? WHERE id = ?")
                .params(admin.tenantId(), java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))),
                        colleague.accountId()).update();
        var stranger = fixture.person(PASSWORD, true, null, false);

        var list = mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(colleague.loginName()).doesNotContain(stranger.loginName());

        assertThat(mvc.perform(post("/admin/accounts/" + stranger.accountId() + "/unlock").with(csrf())
                .cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/accounts/" + colleague.accountId() + "/unlock").with(csrf())
                .cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(trail("identity.account.unlocked", colleague.accountId())).isEqualTo(1);

        mvc.perform(post("/admin/accounts/" + colleague.accountId() + "/reset-second-factor").with(csrf())
                .cookie(new Cookie(COOKIE, session)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ? AND totp_secret IS NULL")
                .param(colleague.accountId()).query(Long.class).single()).isEqualTo(1);
        assertThat(trail("identity.secondfactor.reset", colleague.accountId())).isEqualTo(1);
        assertThat(mvc.perform(post("/admin/accounts/" + stranger.accountId() + "/end-sessions").with(csrf())
                .cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void acceptsTheCsrfTokenFromThePageInAHeaderAsHtmxSendsIt() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = signIn(person);
        var page = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getContentAsString();
        var header = java.util.regex.Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"").matcher(page);
        var token = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
        assertThat(header.find()).isTrue();
        assertThat(token.find()).isTrue();
        var withHeader = mvc.perform(post("/account/sessions/end-others").header(header.group(1), token.group(1))
                .header("HX-Request", "true").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(withHeader.getRedirectedUrl()).isEqualTo("/account");
        var without = mvc.perform(post("/account/sessions/end-others").header("HX-Request", "true")
                .cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(without.getStatus()).isEqualTo(403);
    }

    @Test
    void refusesTheAdministratorsPageWithoutThePermission() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = signIn(person);
        assertThat(mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void acceptsACurrentUserPrincipalAsOtherModulesTestsUseIt() throws Exception {
        var user = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "試験 花子",
                Set.of(Permission.ORGANIZATION_VIEW), true, Set.of());
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of());
        assertThat(mvc.perform(get("/").with(authentication(auth))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/accounts").with(authentication(auth))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
