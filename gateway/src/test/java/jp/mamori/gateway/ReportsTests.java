package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's reports to the app: the token in the header, metadata only, nothing lost when the app says no. */
class ReportsTests {
    @TempDir
    Path dir;
    private HttpServer app;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    private String startApp() throws Exception {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        app.createContext("/api/gateway/reports", ex -> {
            authorizations.add(ex.getRequestHeaders().getFirst("Authorization"));
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(status.get(), -1);
            ex.close();
        });
        app.start();
        return "http://127.0.0.1:" + app.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop(0);
        }
    }

    @Test
    void events_go_to_the_app_with_the_service_token_and_are_kept_until_it_takes_them() throws Exception {
        Reports reports = new Reports(dir, startApp(), "mms_test");
        Envelope env = new Envelope("evil@internet.example", List.of("staff@town.example.jp"));
        reports.record("k1-town", "town", Instant.parse("2026-12-02T15:30:00Z"), Verdict.BLOCKED, "GW-AAAA-BBBB-CCCC-DDDD", env,
                "the header content-type appears 2 times", "請求書");
        reports.record("k2-town", "town", Instant.parse("2026-12-02T01:00:00Z"), Verdict.CLEAN, "-", env, null, null);

        status.set(503);
        assertThat(reports.send()).isZero();
        status.set(200);
        assertThat(reports.send()).isEqualTo(2);
        assertThat(reports.send()).isZero();

        assertThat(authorizations).containsOnly("Bearer mms_test");
        assertThat(bodies).hasSize(2);
        Map<?, ?> batch = new ObjectMapper().readValue(bodies.get(1), Map.class);
        List<?> events = (List<?>) batch.get("events");
        assertThat(events).hasSize(2);
        Map<?, ?> blocked = (Map<?, ?>) events.get(0);
        assertThat(blocked.get("reference")).isEqualTo("GW-AAAA-BBBB-CCCC-DDDD");
        assertThat(blocked.get("id")).isEqualTo("k1-town");
        assertThat(blocked.get("day")).as("the report day is Japan's").isEqualTo("2026-12-03");
        assertThat(blocked.get("senderDomain")).isEqualTo("internet.example");
        assertThat(blocked.get("recipients")).isEqualTo(List.of("staff@town.example.jp"));
        Map<?, ?> clean = (Map<?, ?>) events.get(1);
        assertThat(clean.containsKey("recipients")).as("a clean mail reports a count only").isFalse();
        assertThat(bodies.get(1)).doesNotContain("evil@");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void without_an_app_url_or_token_nothing_is_sent_and_the_events_stay() throws Exception {
        Reports reports = new Reports(dir, "", "");
        reports.record("k3-town", "town", Instant.now(), Verdict.CLEAN, "-", new Envelope("", List.of("a@town.example.jp")), null, null);
        assertThat(reports.send()).isZero();
        assertThat(Files.readString(dir.resolve("pending.jsonl"))).contains("\"tenant\":\"town\"");
    }
}
