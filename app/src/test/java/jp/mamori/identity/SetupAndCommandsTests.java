package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import jp.mamori.MutableClock;
import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.organization.StaffDeactivated;
import jp.mamori.web.Command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The first-run setup link through TOTP enrolment, the admin commands, and following the organisation. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class SetupAndCommandsTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired AddressThrottle addresses;
    @Autowired SetupLinks links;
    @Autowired List<Command> commands;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApiTokens tokens;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    String newLinkToken() {
        var link = Actor.system("test").callAs(() -> transactions.execute(status -> links.create()));
        assertThat(link).matches(".*/setup/[A-Za-z0-9_-]{43}");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    MvcResult submit(String token, IdentityFixture.TenantRow tenant, String staffNumber, String login, String password)
            throws Exception {
        return mvc.perform(post("/setup/" + token).with(csrf()).param("tenantId", tenant.id().toString())
                .param("staffNumber", staffNumber).param("loginName", login).param("password", password)
                .param("passwordAgain", password)).andReturn();
    }

    @Test
    void aSetupLinkCreatesAnAdministratorWhoMustEnrolTotpFirst() throws Exception {
        var tenant = fixture.tenant(false);
        fixture.staff(tenant, "A100");
        var token = newLinkToken();
        assertThat(mvc.perform(get("/setup/" + token)).andReturn().getResponse().getStatus()).isEqualTo(200);

        var weak = submit(token, tenant, "A100", "admin-" + tenant.code(), "password2024!");
        assertThat(weak.getResponse().getStatus()).isEqualTo(422);
        var created = submit(token, tenant, "A100", "admin-" + tenant.code(), PASSWORD);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/login/enrol");
        var session = created.getResponse().getCookie(COOKIE).getValue();
        // Single use.
        assertThat(mvc.perform(get("/setup/" + token)).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(submit(token, tenant, "A100", "other-" + tenant.code(), PASSWORD).getResponse().getStatus()).isEqualTo(422);
        // Nothing but enrolment is reachable.
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/enrol");

        var page = mvc.perform(get("/login/enrol").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        var key = Pattern.compile("<code class=\"key\">([A-Z2-7 ]+)</code>").matcher(page.getContentAsString());
        assertThat(key.find()).isTrue();
        var secret = IdentityFixture.base32(key.group(1));
        assertThat(secret).hasSize(20);
        var code = Totp.code(secret, Totp.step(clock.instant()));
        var enrolled = mvc.perform(post("/login/enrol").param("code", code).with(csrf()).cookie(new Cookie(COOKIE, session)))
                .andReturn().getResponse();
        assertThat(enrolled.getStatus()).isEqualTo(200);
        assertThat(enrolled.getContentAsString()).containsPattern("([a-z2-7]{4}-){5}[a-z2-7]{4}");
        var signedIn = enrolled.getCookie(COOKIE).getValue();
        assertThat(signedIn).isNotEqualTo(session);
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, signedIn))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        var stored = jdbc.sql("SELECT password_hash FROM account WHERE login_name = ?").param("admin-" + tenant.code())
                .query(String.class).single();
        assertThat(stored).startsWith("{argon2@asvs5}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_recovery_code ar JOIN account a ON a.id = ar.account_id"
                + " WHERE a.login_name = ?").param("admin-" + tenant.code()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void recoveryCodesCanBeSavedAndPrintedFromTheEnrolmentAnswerOnlyAndAreKeptNowhereReadable() throws Exception {
        var tenant = fixture.tenant(false);
        fixture.staff(tenant, "R100");
        var created = submit(newLinkToken(), tenant, "R100", "codes-" + tenant.code(), PASSWORD);
        var session = created.getResponse().getCookie(COOKIE).getValue();
        var page = mvc.perform(get("/login/enrol").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        var key = Pattern.compile("<code class=\"key\">([A-Z2-7 ]+)</code>").matcher(page.getContentAsString());
        assertThat(key.find()).isTrue();
        var code = Totp.code(IdentityFixture.base32(key.group(1)), Totp.step(clock.instant()));
        var enrolled = mvc.perform(post("/login/enrol").param("code", code).with(csrf()).cookie(new Cookie(COOKIE, session)))
                .andReturn().getResponse();
        var html = enrolled.getContentAsString();
        var shown = Pattern.compile("<code>(([a-z2-7]{4}-){5}[a-z2-7]{4})</code>").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(shown).hasSize(10);

        var download = Pattern.compile("href=\"data:text/plain;charset=utf-8;base64,([A-Za-z0-9+/=]+)\"[^>]*download=\""
                + RecoveryCodeSheet.FILE_NAME + "\"").matcher(html);
        assertThat(download.find()).as("a text download of the codes in the answer").isTrue();
        var file = new String(java.util.Base64.getDecoder().decode(download.group(1)), StandardCharsets.UTF_8);
        assertThat(file).contains(shown.toArray(String[]::new)).startsWith("Mamori 回復コード");
        assertThat(html).contains("data-print");

        // Nothing readable stays behind: not in the stored sessions, not in the account's tables, not in the trail.
        var signedIn = enrolled.getCookie(COOKIE).getValue();
        mvc.perform(get("/").cookie(new Cookie(COOKIE, signedIn))).andReturn();
        var sessionBytes = jdbc.sql("SELECT attribute_bytes FROM spring_session_attributes").query(byte[].class).list();
        for (var stored : sessionBytes) {
            var text = new String(stored, StandardCharsets.ISO_8859_1);
            assertThat(shown).noneMatch(text::contains);
        }
        var hashes = jdbc.sql("SELECT ar.code_hash FROM account_recovery_code ar JOIN account a ON a.id = ar.account_id"
                + " WHERE a.login_name = ?").param("codes-" + tenant.code()).query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).list();
        assertThat(hashes).hasSize(10).noneMatch(h -> shown.stream().anyMatch(h::contains));
        var summaries = String.join("\n", jdbc.sql("SELECT summary FROM trail_entry").query(String.class).list());
        assertThat(shown).noneMatch(summaries::contains);
        // The answer is the only place: enrolment is over, the page is not offered again.
        assertThat(mvc.perform(get("/login/enrol").cookie(new Cookie(COOKIE, signedIn))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(shown.get(0));
    }

    @Test
    void aSetupLinkExpiresAfter24Hours() throws Exception {
        var token = newLinkToken();
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(mvc.perform(get("/setup/" + token)).andReturn().getResponse().getContentAsString()).contains("有効期限が切れています");
        assertThat(mvc.perform(get("/setup/" + "A".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    String run(String name, String... args) {
        var command = commands.stream().filter(c -> c.group().equals("admin") && c.name().equals(name)).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        var status = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    long trailEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = ? AND actor_kind = 'command'").param(action)
                .query(Long.class).single();
    }

    @Test
    void adminCommandsPrintSetupLinksAndTokensAndEndSessions() throws Exception {
        var links = trailEntries("identity.setuplink.created");
        assertThat(run("setup-link")).matches("http://localhost:8080/setup/[A-Za-z0-9_-]{43}");
        assertThat(trailEntries("identity.setuplink.created")).isEqualTo(links + 1);

        var person = fixture.person(PASSWORD, false, null, false);
        var token = run("api-token", "--staff", person.staffNumber(), "--tenant", person.code(), "--days", "7");
        assertThat(token).startsWith("mmr_");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(trailEntries("identity.apitoken.issued")).isPositive();

        var session = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie(COOKIE).getValue();
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(run("end-sessions", "--staff", person.staffNumber(), "--tenant", person.code())).isEqualTo("ended 1 session(s)");
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(run("end-sessions")).startsWith("ended ");
        assertThat(trailEntries("identity.sessions.ended")).isEqualTo(2);

        var command = commands.stream().filter(c -> c.name().equals("api-token")).findFirst().orElseThrow();
        assertThatThrownBy(() -> command.run(List.of("--staff"), System.out, System.err))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStaffMemberWhoLeavesLosesAccountAndSessions() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie(COOKIE).getValue();
        transactions.executeWithoutResult(status -> events.publishEvent(new StaffDeactivated(person.tenantId(), person.staffId())));
        // The listener runs after the commit, on another thread: wait for its effect, not for a fixed time.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !jdbc.sql("SELECT enabled FROM account WHERE id = ?")
                        .param(person.accountId()).query(Boolean.class).single());
        assertThat(mvc.perform(get("/").cookie(new Cookie(COOKIE, session))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aTenantAdministratorIsNoInstallationOperatorUntilTheCommandNamesThem() throws Exception {
        var person = fixture.person(PASSWORD, true, null, false);
        jdbc.sql("UPDATE account SET administrator = TRUE WHERE id = ?").param(person.accountId()).update();
        var first = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse();
        var session = mvc.perform(post("/login/second-factor").param("code", fixture.currentCode(person)).with(csrf())
                .cookie(new Cookie(COOKIE, first.getCookie(COOKIE).getValue()))).andReturn().getResponse()
                .getCookie(COOKIE).getValue();
        assertThat(mvc.perform(get("/trail/public-key").cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        assertThat(run("operator", "grant", "--login", person.loginName())).endsWith("is an installation operator");
        assertThat(trailEntries("identity.operator.granted")).isEqualTo(1);
        assertThat(mvc.perform(get("/trail/public-key").cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                .getStatus()).isNotEqualTo(403);
        assertThat(run("operator", "revoke", "--login", person.loginName())).endsWith("is not an installation operator");
        assertThat(mvc.perform(get("/trail/public-key").cookie(new Cookie(COOKIE, session))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
