package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.DatabaseTest;
import jp.mamori.access.ServiceScope;
import jp.mamori.tenant.LocalGovernmentCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The gateway's reports: taken with a gateway:report token only, each event once, per tenant. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
class GatewayReportTests {
    private static final AtomicInteger CODES = new AtomicInteger(50000 + (int) (Math.random() * 20000));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GatewayReports reports;

    private UUID tenant() {
        var id = UUID.randomUUID();
        var code = LocalGovernmentCode.withCheckDigit(Integer.toString(CODES.incrementAndGet()));
        jdbc.sql("INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,"
                        + " separation_model, mfa_for_all, version) VALUES (?, ?, ?, ?, ?, 4, 'R6_10', 'ALPHA', FALSE, 0)")
                .params(id, "試験町" + code, "しけんちょう", "Test Town", code.value()).update();
        return id;
    }

    /** A gateway:report token of the tenant, written as identity.ServiceTokens writes one (its API is identity's). */
    private String token(UUID tenant) throws Exception {
        String token = "mms_" + UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var now = java.time.Instant.now();
        jdbc.sql("INSERT INTO service_token (id, tenant_id, name, scopes, token_hash, issued_by, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, "gateway", ServiceScope.GATEWAY_REPORT.code(), hash, "test",
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(java.time.Duration.ofDays(30))))
                .update();
        return token;
    }

    private static final String BATCH = """
            {"events":[
             {"id":"a1-town","tenant":"x","at":"2026-12-02T01:00:00Z","day":"2026-12-02","verdict":"CLEAN"},
             {"id":"GW-AAAA-BBBB-CCCC-DDDD","tenant":"x","at":"2026-12-02T01:01:00Z","day":"2026-12-02","verdict":"SANITISED",
              "reference":"GW-AAAA-BBBB-CCCC-DDDD","recipients":["staff@town.example.jp"],"senderDomain":"internet.example"},
             {"id":"GW-EEEE-FFFF-GGGG-HHHH","tenant":"x","at":"2026-12-02T01:02:00Z","day":"2026-12-02","verdict":"BLOCKED",
              "reference":"GW-EEEE-FFFF-GGGG-HHHH","recipients":["staff@town.example.jp"],"senderDomain":"evil.example",
              "reason":"the header content-type appears 2 times","subject":"請求書"}]}
            """;

    private int send(String token, String body) throws Exception {
        var request = post("/api/gateway/reports").contentType(MediaType.APPLICATION_JSON).content(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void a_batch_is_counted_once_per_tenant_even_when_sent_twice() throws Exception {
        UUID town = tenant();
        UUID other = tenant();
        String token = token(town);

        assertThat(send(token, BATCH)).isEqualTo(200);
        assertThat(send(token, BATCH)).isEqualTo(200);

        var counts = reports.counts(town, java.time.LocalDate.parse("2026-12-02"));
        assertThat(counts.get(GatewayReports.Verdict.CLEAN)).isEqualTo(1);
        assertThat(counts.get(GatewayReports.Verdict.SANITISED)).isEqualTo(1);
        assertThat(counts.get(GatewayReports.Verdict.BLOCKED)).isEqualTo(1);
        assertThat(reports.counts(other, java.time.LocalDate.parse("2026-12-02")).values()).containsOnly(0L);
        assertThat(jdbc.sql("SELECT subject FROM gateway_held_mail WHERE tenant_id = ? AND reference = ?")
                .params(town, "GW-EEEE-FFFF-GGGG-HHHH").query(String.class).single()).isEqualTo("請求書");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gateway_held_mail WHERE tenant_id = ?").param(other)
                .query(Long.class).single()).isZero();
    }

    @Test
    void without_a_token_or_with_a_bad_one_nothing_is_taken() throws Exception {
        UUID town = tenant();
        assertThat(send(null, BATCH)).isIn(401, 403);
        assertThat(send("mms_" + "x".repeat(43), BATCH)).isIn(401, 403);
        assertThat(send(token(town), "{\"events\":[{\"id\":\"x\",\"verdict\":\"MAYBE\"}]}")).isEqualTo(400);
        assertThat(reports.counts(town, java.time.LocalDate.parse("2026-12-02")).values()).containsOnly(0L);
    }
}
