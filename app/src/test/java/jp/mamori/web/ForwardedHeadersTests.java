package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20, finding 2, on the real server: a client's own {@code X-Forwarded-*} headers count for nothing (no proxy
 * is trusted by default), redirects cannot be turned to another host, and a host other than the configured
 * base URL's is refused.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mamori.base-url=https://mamori.test.example")
class ForwardedHeadersTests {

    static final String HOST = "mamori.test.example";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String SESSION = "__Host-mamori";
    /** identity.AddressThrottle.LIMIT: failures a minute from one address before it gets 429. */
    static final int THROTTLE_LIMIT = 30;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    RawHttp.Exchange get(String path, Map<String, String> headers) {
        var all = new HashMap<String, String>(Map.of("Host", HOST));
        all.putAll(headers);
        return RawHttp.exchange(port, "GET", path, all, null);
    }

    /** One failed sign-in claiming to come from {@code forwardedFor}; the status of the POST. */
    int failedSignIn(String name, String forwardedFor) {
        var page = get("/login", Map.of("X-Forwarded-For", forwardedFor));
        if (page.status() == 429) {
            return 429;
        }
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        var cookie = RawHttp.cookie(page, SESSION);
        var headers = new HashMap<String, String>(Map.of("Host", HOST, "X-Forwarded-For", forwardedFor));
        if (cookie != null) {
            headers.put("Cookie", SESSION + "=" + cookie);
        }
        var form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=wrong&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return RawHttp.exchange(port, "POST", "/login", headers, form).status();
    }

    @Test
    void aForgedForwardedForNeitherEscapesTheSignInThrottleNorLandsInTheTrail() {
        for (var i = 0; i <= THROTTLE_LIMIT; i++) {
            assertThat(failedSignIn("nobody-" + i, "203.0.113." + (i + 1))).isIn(302, 429);
        }
        assertThat(failedSignIn("nobody-last", "198.51.100.7")).isEqualTo(429);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'identity.signin.failed'"
                + " AND (source_address LIKE '203.0.113.%' OR source_address LIKE '198.51.100.%')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'identity.signin.failed'"
                + " AND source_address = '127.0.0.1'").query(Long.class).single()).isPositive();
    }

    @Test
    void aForgedForwardedHostCannotTurnTheLoginRedirect() {
        var response = get("/", Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"));
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/login");
    }

    @Test
    void anotherHostIsRefusedButHealthProbesAreAnswered() {
        assertThat(get("/login", Map.of("Host", "evil.example")).status()).isEqualTo(400);
        assertThat(get("/login", Map.of()).status()).isEqualTo(200);
        assertThat(get("/actuator/health", Map.of("Host", "10.0.0.12:8080")).status()).isEqualTo(200);
    }
}
