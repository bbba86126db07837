package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import jp.mamori.MutableClock;
import jp.mamori.DatabaseTest;
import jp.mamori.TestMailServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Account invitations: the mail reaches a real SMTP server with a working link; accepting makes a staff member's
 * account without administrator rights; the link works once, expires and can be revoked; bulk invitations count
 * and skip; only account administrators invite, within their own tenant; disabling and enabling accounts.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.mail.poll-interval=100ms", "mamori.base-url=https://mamori.test.example"})
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class InvitationTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";
    static final String NEW_PASSWORD = "green frogs sing in the flooded paddies";
    static final TestMailServer MAIL = TestMailServer.start();
    static final Pattern LINK = Pattern.compile("https://mamori\\.test\\.example/invitations/([A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", MAIL::port);
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired AddressThrottle addresses;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    /** An administrator (with TOTP) of a tenant of their own, signed in. */
    record Admin(IdentityFixture.Person person, IdentityFixture.TenantRow tenant, String session) {
    }

    Admin admin() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        jdbc.sql("UPDATE account SET administrator = TRUE WHERE id = ?").param(person.accountId()).update();
        return new Admin(person, new IdentityFixture.TenantRow(person.tenantId(), person.unitId(), person.code()),
                signIn(person.loginName(), PASSWORD, person));
    }

    String signIn(String loginName, String password, IdentityFixture.Person withTotp) throws Exception {
        var first = mvc.perform(post("/login").param("name", loginName).param("password", password).with(csrf()))
                .andReturn().getResponse();
        var session = first.getCookie(COOKIE).getValue();
        if ("/login/second-factor".equals(first.getRedirectedUrl())) {
            session = mvc.perform(post("/login/second-factor").param("code", fixture.currentCode(withTotp)).with(csrf())
                    .cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getCookie(COOKIE).getValue();
        }
        return session;
    }

    UUID staff(IdentityFixture.TenantRow tenant, UUID unit, String number, String email) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, email, active_from, version)
                VALUES (?, ?, ?, ?, 'すずき はなこ', 'FISCAL_YEAR_APPOINTED', ?, ?, ?, 0)""")
                .params(id, tenant.id(), number, "鈴木 花子" + number, unit, email, LocalDate.of(2000, 4, 1)).update();
        return id;
    }

    UUID unit(IdentityFixture.TenantRow tenant, UUID parent, String code) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO org_unit (id, tenant_id, parent_id, category, level, code, name, name_kana, version)
                VALUES (?, ?, ?, 'EXECUTIVE', 'SUBSECTION', ?, ?, 'かかり', 0)""")
                .params(id, tenant.id(), parent, code, "係" + code).update();
        return id;
    }

    MockHttpServletResponse as(Admin admin, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse invite(Admin admin, UUID staffId) throws Exception {
        return mvc.perform(post("/admin/accounts/invitations").param("staffId", staffId.toString()).with(csrf())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
    }

    String mailedToken(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.to(address).size() == 1);
        var mail = MAIL.to(address).get(0);
        assertThat(mail.subject()).contains("Mamori").contains("招待");
        var link = LINK.matcher(mail.body());
        assertThat(link.find()).as("link in %s", mail.body()).isTrue();
        return link.group(1);
    }

    MockHttpServletResponse accept(String token, String loginName, String password) throws Exception {
        return mvc.perform(post("/invitations/" + token).param("loginName", loginName).param("password", password)
                .param("passwordAgain", password).with(csrf())).andReturn().getResponse();
    }

    long trail(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = ? AND object_id = ?")
                .params(action, objectId).query(Long.class).single();
    }

    static String address() {
        return "s" + UUID.randomUUID().toString().substring(0, 8) + "@town.test.example";
    }

    @Test
    void mailsAWorkingLinkAndAcceptingMakesANonAdministratorAccountForThatStaffMemberOnce() throws Exception {
        var admin = admin();
        var email = address();
        var staffId = staff(admin.tenant(), admin.tenant().unitId(), "T" + UUID.randomUUID().toString().substring(0, 6), email);
        var sent = invite(admin, staffId);
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains("1 名を招待しました").doesNotContain("/invitations/");
        var invitationId = jdbc.sql("SELECT id FROM account_invitation WHERE staff_id = ?").param(staffId)
                .query(UUID.class).single();
        assertThat(trail("identity.invitation.created", invitationId.toString())).isEqualTo(1);
        assertThat(trail("identity.invitation.mailed", invitationId.toString())).isEqualTo(1);

        var token = mailedToken(email);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE token_hash = ?").param(Secrets.sha256(token))
                .query(Long.class).single()).isEqualTo(1);
        var page = mvc.perform(get("/invitations/" + token)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("鈴木 花子").contains("試し町");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        // The same password rules as the setup page; the invitation stays open after a refusal.
        assertThat(accept(token, "hanako.s", "short").getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/invitations/" + token).param("loginName", "hanako.s").param("password", NEW_PASSWORD)
                .param("passwordAgain", NEW_PASSWORD)).andReturn().getResponse().getStatus()).isEqualTo(403); // no CSRF token
        var accepted = accept(token, "hanako.s", NEW_PASSWORD);
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/login?invited");
        var account = fixture.accounts.findByLoginName("hanako.s").orElseThrow();
        assertThat(account.administrator()).isFalse();
        assertThat(account.staffId()).isEqualTo(staffId);
        assertThat(account.tenantId()).isEqualTo(admin.tenant().id());
        assertThat(trail("identity.invitation.accepted", invitationId.toString())).isEqualTo(1);
        assertThat(trail("identity.account.created", account.id().toString())).isEqualTo(1);

        // Single use: the link is gone, whatever is tried.
        assertThat(mvc.perform(get("/invitations/" + token)).andReturn().getResponse().getContentAsString()).contains("すでに使われています");
        assertThat(accept(token, "hanako.again", NEW_PASSWORD).getContentAsString()).contains("すでに使われています");

        // Signed in with the chosen password: the permissions of a staff member with no security role, nothing more.
        var session = signIn("hanako.s", NEW_PASSWORD, null);
        var home = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString()).doesNotContain("ACCOUNT_ADMIN").doesNotContain("ORGANIZATION_VIEW");
        assertThat(mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aStaffMemberWithASecurityRoleGoesOnToEnrolTheSecondFactor() throws Exception {
        var admin = admin();
        var staffId = staff(admin.tenant(), admin.tenant().unitId(), "R" + UUID.randomUUID().toString().substring(0, 6), null);
        fixture.appoint(admin.tenant(), staffId, "CISO");
        var sent = invite(admin, staffId).getContentAsString();
        // No address: the link is shown on the page, once, with the warning.
        assertThat(sent).contains("メールを送れなかった職員").contains("一度だけ表示");
        var link = LINK.matcher(sent);
        assertThat(link.find()).isTrue();
        var accepted = accept(link.group(1), "ciso.r", NEW_PASSWORD);
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/login/enrol");
        var enrol = mvc.perform(get("/login/enrol").cookie(new Cookie(COOKIE, accepted.getCookie(COOKIE).getValue())))
                .andReturn().getResponse();
        assertThat(enrol.getStatus()).isEqualTo(200);
        assertThat(enrol.getContentAsString()).contains("otpauth://totp/");
        assertThat(fixture.accounts.findByLoginName("ciso.r").orElseThrow().administrator()).isFalse();
    }

    @Test
    void aSecondClickOnInviteIsRecognisedAndLandsOnTheAccountsPageInsteadOfBeingRefused() throws Exception {
        var admin = admin();
        var staffId = staff(admin.tenant(), admin.tenant().unitId(), "D" + UUID.randomUUID().toString().substring(0, 6), null);
        var page = mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        var token = org.jsoup.Jsoup.parse(page.getContentAsString())
                .select("form[action=/admin/accounts/invitations]:has(input[value=" + staffId + "]) input[name=formToken]")
                .val();
        assertThat(token).isNotBlank();
        var click = post("/admin/accounts/invitations").param("staffId", staffId.toString()).param("formToken", token)
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session()));

        assertThat(LINK.matcher(mvc.perform(click).andReturn().getResponse().getContentAsString()).find()).isTrue();
        var second = mvc.perform(click).andReturn().getResponse();

        assertThat(second.getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(LINK.matcher(second.getContentAsString()).find()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE staff_id = ?").param(staffId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvitationExpiresAfterSevenDaysAndARevokedOneIsGone() throws Exception {
        var admin = admin();
        var kept = staff(admin.tenant(), admin.tenant().unitId(), "E" + UUID.randomUUID().toString().substring(0, 6), null);
        var revoked = staff(admin.tenant(), admin.tenant().unitId(), "V" + UUID.randomUUID().toString().substring(0, 6), null);
        var keptLink = LINK.matcher(invite(admin, kept).getContentAsString());
        var revokedLink = LINK.matcher(invite(admin, revoked).getContentAsString());
        assertThat(keptLink.find()).isTrue();
        assertThat(revokedLink.find()).isTrue();
        assertThat(invite(admin, kept).getStatus()).isEqualTo(422); // already open

        var invitationId = jdbc.sql("SELECT id FROM account_invitation WHERE staff_id = ?").param(revoked)
                .query(UUID.class).single();
        var list = mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(list.getContentAsString()).contains(invitationId.toString());
        assertThat(mvc.perform(post("/admin/accounts/invitations/" + invitationId + "/revoke").with(csrf())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertThat(trail("identity.invitation.revoked", invitationId.toString())).isEqualTo(1);
        assertThat(mvc.perform(get("/invitations/" + revokedLink.group(1))).andReturn().getResponse().getContentAsString()).contains("取り消されています");
        assertThat(accept(revokedLink.group(1), "revoked.v", NEW_PASSWORD).getContentAsString()).contains("取り消されています");

        assertThat(mvc.perform(get("/invitations/" + keptLink.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        clock.advance(AccountInvitations.VALIDITY.plusMinutes(1));
        assertThat(mvc.perform(get("/invitations/" + keptLink.group(1))).andReturn().getResponse().getContentAsString()).contains("有効期限が切れています");
        assertThat(accept(keptLink.group(1), "expired.e", NEW_PASSWORD).getContentAsString()).contains("有効期限が切れています");
        assertThat(mvc.perform(get("/invitations/" + "x".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(fixture.accounts.findByLoginName("expired.e")).isEmpty();
    }

    @Test
    void bulkInvitationCountsTheUnitWithSubUnitsAndSkipsAccountsAndOpenInvitations() throws Exception {
        var admin = admin();
        var tenant = admin.tenant();
        var sub = unit(tenant, tenant.unitId(), "B" + UUID.randomUUID().toString().substring(0, 4));
        var elsewhere = unit(tenant, null, "X" + UUID.randomUUID().toString().substring(0, 4));
        var withMail = address();
        staff(tenant, tenant.unitId(), "B1", withMail);
        staff(tenant, sub, "B2", null);
        var alreadyInvited = staff(tenant, sub, "B3", address());
        staff(tenant, elsewhere, "B4", address());
        invite(admin, alreadyInvited);

        var confirm = mvc.perform(get("/admin/accounts/invitations/bulk").param("unitId", tenant.unitId().toString())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        // The admin's own staff record has an account; B1 and B2 are invited, B3 skipped, B4 out of the unit.
        assertThat(confirm.getContentAsString()).contains("2 名を招待します").contains("すでに招待中の 1 名");
        var done = mvc.perform(post("/admin/accounts/invitations/bulk").param("unitId", tenant.unitId().toString())
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(done.getContentAsString()).contains("2 名を招待しました（招待メールを送信待ちに登録 1 名、招待中のため除外 1 名）")
                .contains("B2").contains("/invitations/");
        mailedToken(withMail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single()).isEqualTo(3);

        var everyone = mvc.perform(get("/admin/accounts/invitations/bulk").cookie(new Cookie(COOKIE, admin.session())))
                .andReturn().getResponse();
        assertThat(everyone.getContentAsString()).contains("1 名を招待します").contains("すでに招待中の 3 名");
    }

    @Test
    void onlyAccountAdministratorsInviteAndOnlyWithinTheirTenant() throws Exception {
        var admin = admin();
        var stranger = admin();
        // A staff number no random token can contain (the page carries a base64url CSRF token, which once held "Z1").
        var strangersStaff = staff(stranger.tenant(), stranger.tenant().unitId(), "他団体Z1", null);
        var strangersLink = LINK.matcher(invite(stranger, strangersStaff).getContentAsString());
        assertThat(strangersLink.find()).isTrue();
        var strangersInvitation = jdbc.sql("SELECT id FROM account_invitation WHERE staff_id = ?").param(strangersStaff)
                .query(UUID.class).single();

        assertThat(invite(admin, strangersStaff).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/accounts/invitations/" + strangersInvitation + "/revoke").with(csrf())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/accounts/invitations/bulk").param("unitId", stranger.tenant().unitId().toString())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/accounts/" + stranger.person().accountId() + "/disable").param("version", "0")
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse().getStatus()).isEqualTo(404);
        var page = mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(page.getContentAsString()).doesNotContain(strangersInvitation.toString()).doesNotContain("他団体Z1");
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM account_invitation WHERE id = ?").param(strangersInvitation)
                .query(Boolean.class).single()).isTrue();

        var plain = fixture.person(PASSWORD, false, null, false);
        var session = signIn(plain.loginName(), PASSWORD, plain);
        var ownStaff = staff(new IdentityFixture.TenantRow(plain.tenantId(), plain.unitId(), plain.code()), plain.unitId(), "P1", null);
        for (var request : java.util.List.of(
                post("/admin/accounts/invitations").param("staffId", ownStaff.toString()),
                post("/admin/accounts/invitations/bulk"),
                post("/admin/accounts/invitations/" + strangersInvitation + "/revoke"),
                post("/admin/accounts/" + plain.accountId() + "/disable").param("version", "0"))) {
            assertThat(mvc.perform(request.with(csrf()).cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/admin/accounts/invitations/bulk").cookie(new Cookie(COOKIE, session)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_invitation WHERE tenant_id = ?").param(plain.tenantId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void disablingEndsTheSessionsAndSignInUntilEnabledButNeverOnesOwnAccount() throws Exception {
        var admin = admin();
        var colleagueStaff = staff(admin.tenant(), admin.tenant().unitId(), "D" + UUID.randomUUID().toString().substring(0, 6), null);
        var colleagueId = UUID.randomUUID();
        var login = "colleague." + UUID.randomUUID().toString().substring(0, 6);
        fixture.accounts.insert(colleagueId, admin.tenant().id(), colleagueStaff, login, fixture.hashing.hash(PASSWORD),
                false, clock.instant());
        var colleagueSession = signIn(login, PASSWORD, null);
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, colleagueSession))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        var page = mvc.perform(get("/admin/accounts").cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("自分のアカウントは無効にできません");
        var own = mvc.perform(post("/admin/accounts/" + admin.person().accountId() + "/disable").param("version", "1")
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(own.getContentAsString()).contains("自分のアカウントは無効にできません");
        assertThat(fixture.accounts.find(admin.person().accountId()).orElseThrow().enabled()).isTrue();

        var stale = mvc.perform(post("/admin/accounts/" + colleagueId + "/disable").param("version", "7").with(csrf())
                .cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        var version = fixture.accounts.find(colleagueId).orElseThrow().version();
        assertThat(mvc.perform(post("/admin/accounts/" + colleagueId + "/disable").param("version", Long.toString(version))
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session()))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertThat(trail("identity.account.disabled", colleagueId.toString())).isEqualTo(1);
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, colleagueSession))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(post("/login").param("name", login).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        version = fixture.accounts.find(colleagueId).orElseThrow().version();
        mvc.perform(post("/admin/accounts/" + colleagueId + "/enable").param("version", Long.toString(version))
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session())));
        assertThat(trail("identity.account.enabled", colleagueId.toString())).isEqualTo(1);
        assertThat(mvc.perform(post("/login").param("name", login).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    // Issue 20, finding 1: no administrator can obtain a working invitation link from the outbox.

    record Mailed(UUID staffId, UUID invitationId, UUID mailId, String token) {
    }

    Mailed invitedByMail(Admin admin) throws Exception {
        var email = address();
        var staffId = staff(admin.tenant(), admin.tenant().unitId(), "L" + UUID.randomUUID().toString().substring(0, 6), email);
        assertThat(invite(admin, staffId).getStatus()).isEqualTo(200);
        var token = mailedToken(email);
        var invitationId = jdbc.sql("SELECT id FROM account_invitation WHERE staff_id = ?").param(staffId)
                .query(UUID.class).single();
        var mailId = jdbc.sql("SELECT id FROM outgoing_mail WHERE dedup_key = ?").param("identity.invitation:" + invitationId)
                .query(UUID.class).single();
        return new Mailed(staffId, invitationId, mailId, token);
    }

    @Test
    void theOutboxNeitherStoresNorShowsAWorkingInvitationLink() throws Exception {
        var admin = admin();
        var mailed = invitedByMail(admin);
        var stored = jdbc.sql("SELECT body FROM outgoing_mail WHERE id = ?").param(mailed.mailId()).query(String.class).single();
        assertThat(stored).doesNotContain(mailed.token()).doesNotContain("/invitations/");
        var page = as(admin, get("/admin/mail/" + mailed.mailId()).cookie(new Cookie(COOKIE, admin.session())));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain(mailed.token()).doesNotContain("/invitations/")
                .contains("招待リンク");
        // The mailed link itself works.
        assertThat(mvc.perform(get("/invitations/" + mailed.token())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aMailGivenUpMakesItsLinkDeadAtOnce() throws Exception {
        var admin = admin();
        var mailed = invitedByMail(admin);
        // As if its delivery had been reported failed after the link went out.
        jdbc.sql("UPDATE outgoing_mail SET state = 'FAILED' WHERE id = ?").param(mailed.mailId()).update();
        var version = jdbc.sql("SELECT version FROM outgoing_mail WHERE id = ?").param(mailed.mailId()).query(Long.class).single();
        var givenUp = as(admin, post("/admin/mail/" + mailed.mailId() + "/give-up").param("version", "" + version)
                .with(csrf()).cookie(new Cookie(COOKIE, admin.session())));
        assertThat(givenUp.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/invitations/" + mailed.token())).andReturn().getResponse().getContentAsString()).contains("取り消されています");
    }

    @Test
    void aLinkWhoseMailDidNotGoOutIsShownOnceToHandOverAndTheTrailNamesWhoSawIt() throws Exception {
        var admin = admin();
        var mailed = invitedByMail(admin);
        // A sent mail: its link cannot be shown again.
        var refused = as(admin, post("/admin/accounts/invitations/" + mailed.invitationId() + "/hand-over").with(csrf())
                .cookie(new Cookie(COOKIE, admin.session())));
        assertThat(refused.getStatus()).isEqualTo(422);
        jdbc.sql("UPDATE outgoing_mail SET state = 'FAILED' WHERE id = ?").param(mailed.mailId()).update();
        var list = as(admin, get("/admin/accounts").cookie(new Cookie(COOKIE, admin.session()))).getContentAsString();
        assertThat(list).contains("送信できませんでした").contains("/hand-over");

        var shown = as(admin, post("/admin/accounts/invitations/" + mailed.invitationId() + "/hand-over").with(csrf())
                .cookie(new Cookie(COOKIE, admin.session())));
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getHeader("Cache-Control")).contains("no-store");
        var link = LINK.matcher(shown.getContentAsString());
        assertThat(link.find()).isTrue();
        // The earlier link is dead, the one handed over works, and the mail will not send a third.
        assertThat(mvc.perform(get("/invitations/" + mailed.token())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/invitations/" + link.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT state FROM outgoing_mail WHERE id = ?").param(mailed.mailId()).query(String.class).single())
                .isEqualTo("CANCELLED");
        var seen = jdbc.sql("SELECT actor_id, summary FROM trail_entry WHERE action = 'identity.invitation.handedOver'"
                + " AND object_id = ?").param(mailed.invitationId().toString())
                .query((rs, n) -> rs.getString("actor_id") + " " + rs.getString("summary")).single();
        assertThat(seen).startsWith(admin.person().accountId().toString()).contains("に1回だけ表示");
    }
}
