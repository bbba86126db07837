package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import jp.mamori.MutableClock;
import jp.mamori.DatabaseTest;
import jp.mamori.access.EndpointAccess;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The filter chain as a whole (S01, S16–S18): a sweep over every registered handler, security headers
 * everywhere, TRACE refused, JSON errors and personal API tokens on {@code /api/**}.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class SecurityChainTests {

    static final String COOKIE = SessionConfiguration.COOKIE;
    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired AddressThrottle addresses;
    @Autowired ApiTokens tokens;
    @Autowired Accounts accounts;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    record Endpoint(HttpMethod method, String path, boolean open) {
    }

    /** Every handler of every request-mapping handler mapping (ours, springdoc's, actuator's, the error controller). */
    List<Endpoint> endpoints() {
        var found = new ArrayList<Endpoint>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<?, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                var info = (org.springframework.web.servlet.mvc.method.RequestMappingInfo) entry.getKey();
                var handler = entry.getValue();
                var open = EndpointAccess.of(handler).map(a -> a instanceof EndpointAccess.Public).orElse(false);
                var methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? java.util.Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
                for (var pattern : info.getPatternValues()) {
                    var path = pattern.replaceAll("\\{\\*?[^}]+}", UUID.randomUUID().toString());
                    var publicPath = path.startsWith("/error") || path.equals("/api/v1/openapi.json")
                            || path.startsWith("/api/v1/openapi.json/") || path.startsWith("/actuator/health");
                    for (var method : methods) {
                        found.add(new Endpoint(HttpMethod.valueOf(method.name()), path, open || publicPath));
                    }
                }
            }
        }
        return found;
    }

    MockHttpServletResponse call(Endpoint endpoint, String session) throws Exception {
        var request = request(endpoint.method(), endpoint.path()).with(csrf());
        if (session != null) {
            request.cookie(new Cookie(COOKIE, session));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyEndpointNeedsBothFactorsUnlessItIsPublic() throws Exception {
        var person = fixture.person(PASSWORD, true, "CISO", false);
        var pending = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie(COOKIE).getValue();
        var endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::path).contains("/", "/account", "/api/v1/me", "/actuator");
        var problems = new ArrayList<String>();
        for (var endpoint : endpoints) {
            if (endpoint.open()) {
                continue;
            }
            var api = endpoint.path().startsWith("/api/");
            var anonymous = call(endpoint, null);
            var passwordOnly = call(endpoint, pending);
            if (api) {
                if (anonymous.getStatus() != 401 || passwordOnly.getStatus() != 401) {
                    problems.add(endpoint + " api: " + anonymous.getStatus() + "/" + passwordOnly.getStatus());
                }
            } else {
                if (!signInPage(anonymous.getRedirectedUrl())) {
                    problems.add(endpoint + " anonymous: " + anonymous.getStatus() + " " + anonymous.getRedirectedUrl());
                }
                if (!"/login/second-factor".equals(passwordOnly.getRedirectedUrl())) {
                    problems.add(endpoint + " password only: " + passwordOnly.getStatus() + " " + passwordOnly.getRedirectedUrl());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The sign-in page, with or without the page to return to afterwards. */
    private static boolean signInPage(String redirect) {
        return redirect != null && (redirect.equals("/login") || redirect.startsWith("/login?next=%2F"));
    }

    @Test
    void unknownAddressesAndStaticLookupsAlsoNeedSigningIn() throws Exception {
        assertThat(mvc.perform(get("/no/such/page")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?next=%2Fno%2Fsuch%2Fpage");
        assertThat(signInPage(mvc.perform(get("/actuator/info")).andReturn().getResponse().getRedirectedUrl())).isTrue();
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    void assertSecurityHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CSP)
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void sendsSecurityHeadersOnPagesErrorsAndStaticFiles() throws Exception {
        var login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getStatus()).isEqualTo(200);
        assertSecurityHeaders(login);
        var error = mvc.perform(get("/setup/" + "x".repeat(43))).andReturn().getResponse();
        assertThat(error.getStatus()).isEqualTo(404);
        assertThat(error.getContentAsString()).doesNotContain("Exception", "at jp.");
        assertSecurityHeaders(error);
        var css = mvc.perform(get("/css/mamori.css")).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertSecurityHeaders(css);
        var api = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertSecurityHeaders(api);
    }

    @Test
    void keepsSignedInPagesOutOfCaches() throws Exception {
        var person = fixture.person(PASSWORD, false, null, false);
        var session = mvc.perform(post("/login").param("name", person.loginName()).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie(COOKIE).getValue();
        var account = mvc.perform(get("/account").cookie(new Cookie(COOKIE, session))).andReturn().getResponse();
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getHeader("Cache-Control")).contains("no-store");
        assertSecurityHeaders(account);
        // No inline scripts or styles for the CSP to refuse.
        assertThat(account.getContentAsString()).doesNotContain("style=\"", "onclick", "<script>");
    }

    @Test
    void hasNoBuiltInUserOrGeneratedPassword() {
        assertThat(context.getBeanNamesForType(org.springframework.security.core.userdetails.UserDetailsService.class))
                .isEmpty();
    }

    @Test
    void refusesTrace() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.TRACE, "/login")).andReturn().getResponse().getStatus()).isEqualTo(405);
    }

    @Test
    void answersTheApiInJson() throws Exception {
        var response = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCookie(COOKIE)).isNull();
        var openApi = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(openApi.getStatus()).isEqualTo(200);
        assertThat(openApi.getContentAsString()).contains("\"bearer\"", "/api/v1/me");
    }

    String issue(IdentityFixture.Person person, int days) {
        var account = accounts.find(person.accountId()).orElseThrow();
        return transactions.execute(status -> tokens.issue(account, "test", days));
    }

    @Test
    void authenticatesPersonalApiTokensUntilRevokedOrExpired() throws Exception {
        var person = fixture.person(PASSWORD, true, "CISO", false);
        var token = issue(person, 90);
        assertThat(token).startsWith("mmr_").hasSize(47);
        var me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString()).contains(person.accountId().toString(), "TRAIL_VIEW");
        assertThat(me.getCookie(COOKIE)).isNull(); // stateless
        // Bearer requests need no CSRF token, and a wrong token is refused whatever the endpoint.
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer mmr_wrong")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        // The session cookie does not work on the API.
        assertThat(jdbcCount("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Secrets.sha256(token))).isEqualTo(1);

        var tokenId = tokens.of(person.tenantId(), person.accountId()).get(0).id();
        transactions.executeWithoutResult(status -> tokens.revoke(person.tenantId(), person.accountId(), tokenId));
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus()).isEqualTo(401);

        var shortLived = issue(person, 1);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + shortLived)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + shortLived)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long jdbcCount(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
