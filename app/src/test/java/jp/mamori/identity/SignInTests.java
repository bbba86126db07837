package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import jp.mamori.MutableClock;
import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The two-step sign-in through the real filter chain and the database-stored session: id rotation, TOTP
 * and its replay, recovery codes, enumeration, brute force, timeouts, logout.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class SignInTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired PasswordHashing hashing;
    @Autowired AddressThrottle addresses;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    static String session(MvcResult result) {
        var cookie = result.getResponse().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    MvcResult password(String session, String name, String password) throws Exception {
        var request = post("/login").param("name", name).param("password", password).with(csrf());
        if (session != null) {
            request.cookie(new Cookie(COOKIE, session));
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult code(String session, String code) throws Exception {
        return mvc.perform(post("/login/second-factor").param("code", code).with(csrf()).cookie(new Cookie(COOKIE, session)))
                .andReturn();
    }

    MvcResult home(String session) throws Exception {
        return mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn();
    }

    /** Signs in with both factors; returns the session id. */
    String signIn(IdentityFixture.Person person) throws Exception {
        var first = password(null, person.loginName(), person.password());
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        var second = code(session(first), fixture.currentCode(person));
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/");
        return session(second);
    }

    @Test
    void signsInInTwoStepsWithANewSessionIdAtEachStep() throws Exception {
        var person = fixture.person(PASSWORD, true, "CISO", false);
        var start = mvc.perform(get("/login")).andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(200);
        var id0 = session(start);
        assertThat(id0).hasSize(43).matches("[A-Za-z0-9_-]{43}");

        var afterPassword = password(id0, person.loginName(), PASSWORD);
        assertThat(afterPassword.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        var id1 = session(afterPassword);
        assertThat(id1).hasSize(43).isNotEqualTo(id0);
        // A password alone reaches nothing but the second-factor page.
        assertThat(home(id1).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");

        var afterCode = code(id1, fixture.currentCode(person));
        assertThat(afterCode.getResponse().getRedirectedUrl()).isEqualTo("/");
        var id2 = session(afterCode);
        assertThat(id2).hasSize(43).isNotEqualTo(id1).isNotEqualTo(id0);

        assertThat(home(id2).getResponse().getStatus()).isEqualTo(200);
        // Stored in the database with the 30-minute idle timeout, indexed by the account for "end sessions".
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ? AND principal_name = ?")
                .params(id2, person.accountId().toString()).query(Integer.class).single()).isEqualTo(1800);
        assertThat(home(id1).getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(home(id0).getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void landsOnThePageThatAskedForTheSignInButOnlyOnThisSite() throws Exception {
        var asked = mvc.perform(get("/trail?who=x")).andReturn().getResponse().getRedirectedUrl();
        assertThat(asked).isEqualTo("/login?next=%2Ftrail%3Fwho%3Dx");
        var form = mvc.perform(get("/login").param("next", "/trail?who=x")).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(form).select("input[name=next]").val()).isEqualTo("/trail?who=x");

        var person = fixture.person(PASSWORD, true, "CISO", false);
        var first = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD)
                .param("next", "/trail?who=x").with(csrf())).andReturn();
        var second = code(session(first), fixture.currentCode(person));
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/trail?who=x");

        for (var elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/login?error"}) {
            assertThat(SignInLanding.checked(elsewhere)).as(elsewhere).isEqualTo("/");
        }
    }

    @Test
    void refusesATotpCodeUsedOnce() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var code = fixture.currentCode(person);
        var first = password(null, person.loginName(), PASSWORD);
        assertThat(code(session(first), code).getResponse().getRedirectedUrl()).isEqualTo("/");

        var again = password(null, person.loginName(), PASSWORD);
        var replay = code(session(again), code);
        assertThat(replay.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");
        assertThat(home(session(again)).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
    }

    @Test
    void discardsThePendingSignInAfterFiveWrongCodes() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var session = session(password(null, person.loginName(), PASSWORD));
        for (int i = 0; i < 4; i++) {
            var wrong = code(session, "000000".equals(fixture.currentCode(person)) ? "111111" : "000000");
            assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");
        }
        var fifth = code(session, "999999".equals(fixture.currentCode(person)) ? "111111" : "999999");
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // The right code no longer helps: the password has to be given again.
        assertThat(code(session, fixture.currentCode(person)).getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(home(session).getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void answersUnknownNamesAndWrongPasswordsAlikeWithOneHashEach() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var before = hashing.verifications();
        var unknown = password(null, "nobody-" + person.loginName(), PASSWORD);
        var afterUnknown = hashing.verifications();
        var wrong = password(null, person.loginName(), PASSWORD + "!");
        var afterWrong = hashing.verifications();

        assertThat(afterUnknown - before).isEqualTo(1);
        assertThat(afterWrong - afterUnknown).isEqualTo(1);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(wrong.getResponse().getStatus()).isEqualTo(302);
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(wrong.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(unknown.getResponse().getContentAsString()).isEqualTo(wrong.getResponse().getContentAsString());
        // Both are in the trail, the names hashed, never the password.
        var summaries = jdbc.sql("SELECT actor_id || ' ' || summary FROM trail_entry WHERE action = 'identity.signin.failed'")
                .query(String.class).list();
        assertThat(summaries).noneMatch(s -> s.contains(PASSWORD) || s.contains("nobody-"));
    }

    @Test
    void delaysAnAccountAfterFiveFailuresAndLetsItInLater() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        for (int i = 0; i < 5; i++) {
            assertThat(password(null, person.loginName(), "wrong password " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        // Locked for a minute: even the right password gets the same refusal.
        assertThat(password(null, person.loginName(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        clock.advance(Duration.ofSeconds(61));
        assertThat(password(null, person.loginName(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void throttlesASourceAddressAfter30FailuresAMinute() throws Exception {
        for (int i = 0; i < 31; i++) {
            assertThat(password(null, "spray" + i, "wrong password " + i).getResponse().getStatus()).isEqualTo(302);
        }
        var blocked = password(null, "spray-more", "wrong password");
        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));
        assertThat(password(null, "spray-again", "wrong password").getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void signsInWithA64CharacterJapanesePassword() throws Exception {
        var person = fixture.person(PasswordRulesTests.JAPANESE_64, false, null, false);
        var result = password(null, person.loginName(), PasswordRulesTests.JAPANESE_64);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(home(session(result)).getResponse().getStatus()).isEqualTo(200);
        assertThat(password(null, person.loginName(), PasswordRulesTests.JAPANESE_64.substring(0, 63))
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void sendsARoleHolderWithoutTotpToEnrolmentBeforeAnythingElse() throws Exception {
        var person = fixture.person(PASSWORD, false, "AUDITOR", false);
        var result = password(null, person.loginName(), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");
        assertThat(home(session(result)).getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");
        var page = mvc.perform(get("/login/enrol").cookie(new Cookie(COOKIE, session(result)))).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("otpauth://totp/", "data:image/svg+xml;base64,");
    }

    @Test
    void requiresTheSecondFactorForEveryoneWhenTheTenantSaysSo() throws Exception {
        var person = fixture.person(PASSWORD, false, null, true);
        assertThat(password(null, person.loginName(), PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");
    }

    @Test
    void signsInWithARecoveryCodeOnce() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var codes = RecoveryCodes.generate();
        fixture.accounts.replaceRecoveryCodes(fixture.accounts.find(person.accountId()).orElseThrow(),
                codes.stream().map(RecoveryCodes::hash).toList());
        var first = code(session(password(null, person.loginName(), PASSWORD)), codes.get(3).toUpperCase());
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/");
        var second = code(session(password(null, person.loginName(), PASSWORD)), codes.get(3));
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");
    }

    @Test
    void logoutEndsTheSessionAtOnce() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var session = signIn(person);
        var logout = mvc.perform(post("/logout").with(csrf()).cookie(new Cookie(COOKIE, session))).andReturn();
        assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/login?signedOut");
        assertThat(home(session).getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(person.accountId().toString()).query(Long.class).single()).isZero();
    }

    @Test
    void endsASessionAfter12HoursWhateverTheActivity() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        var session = signIn(person);
        clock.advance(Duration.ofHours(11));
        assertThat(home(session).getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(home(session).getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void setsTheSessionCookieWithHostPrefixAndStrictAttributes() throws Exception {
        var header = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(header).startsWith(COOKIE + "=").contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        var result = mvc.perform(post("/login").param("name", "x").param("password", "y")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }
}
