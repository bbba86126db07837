package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end on loopback with the real parts: swaks sends to a private Postfix, whose content_filter is
 * the gateway (its own JVM), which re-injects into Postfix's second smtpd, which relays to the sink. The
 * delivered mail is parsed and checked.
 */
class GatewayEndToEndTests {
    private static final Pattern REF = Pattern.compile("GW-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
    private static Rig rig;

    @BeforeAll
    static void start() throws Exception {
        rig = new Rig("e2e").start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @BeforeEach
    void clear() {
        rig.sink.arrived.clear();
    }

    @Test
    void an_html_mail_with_an_attachment_arrives_as_text_only_with_the_hold_reference_and_the_original_is_held()
            throws Exception {
        rig.send("sender@internet.example", "staff@town.example.jp", Rig.htmlWithAttachment("staff@town.example.jp", "予算資料"));

        List<Sink.Arrived> arrived = rig.sink.await(1, 30_000);
        assertThat(arrived).hasSize(1);
        Sink.Arrived a = arrived.get(0);
        assertThat(a.recipients()).containsExactly("staff@town.example.jp");
        MimeMessage m = Rig.parse(a.bytes());
        assertThat(m.isMimeType("text/plain")).as("text only").isTrue();
        String body = (String) m.getContent();
        assertThat(body).contains("【無害化のお知らせ】").contains("report.csv").contains("予算の資料です。")
                .contains("hxxps://evil[.]example/login").doesNotContain("<script").doesNotContain("alert(1)");
        assertThat(m.getSubject()).isEqualTo("予算資料");
        String reference = m.getHeader(Notices.HOLD_HEADER, null);
        assertThat(reference).matches(REF.pattern());
        assertThat(body).contains("保管番号 " + reference);

        HoldStore.Held held = rig.holdStore().get(reference).orElseThrow();
        assertThat(held.tenant()).isEqualTo("town");
        assertThat(held.verdict()).isEqualTo("SANITISED");
        assertThat(held.envelope().sender()).isEqualTo("sender@internet.example");
        assertThat(held.envelope().recipients()).containsExactly("staff@town.example.jp");
        assertThat(new String(held.original(), StandardCharsets.UTF_8)).contains("<script>alert(1)</script>")
                .contains("filename=\"report.csv\"");
    }

    @Test
    void the_convert_preset_delivers_the_disarmed_attachment() throws Exception {
        rig.send("sender@internet.example", "staff@convert.example.jp",
                Rig.htmlWithAttachment("staff@convert.example.jp", "convert"));

        List<Sink.Arrived> arrived = rig.sink.await(1, 60_000);
        assertThat(arrived).hasSize(1);
        MimeMessage m = Rig.parse(arrived.get(0).bytes());
        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        Multipart mp = (Multipart) m.getContent();
        assertThat(mp.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) mp.getBodyPart(0).getContent()).contains(m.getHeader(Notices.HOLD_HEADER, null));
        Part csv = mp.getBodyPart(1);
        assertThat(csv.getFileName()).endsWith(".csv");
        assertThat(new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("久米南,100");
    }

    @Test
    void the_hold_preset_replaces_the_attachment_by_the_engine_reference() throws Exception {
        rig.send("sender@internet.example", "staff@hold.example.jp", Rig.htmlWithAttachment("staff@hold.example.jp", "hold"));

        List<Sink.Arrived> arrived = rig.sink.await(1, 30_000);
        assertThat(arrived).hasSize(1);
        MimeMessage m = Rig.parse(arrived.get(0).bytes());
        assertThat(m.isMimeType("text/plain")).isTrue();
        assertThat((String) m.getContent()).containsPattern("MMR-[A-Z0-9]{4}-").contains("report.csv")
                .doesNotContain("久米南,100");
    }

    @Test
    void a_blocked_mail_becomes_a_notice_to_the_recipient_with_the_hold_reference() throws Exception {
        rig.send("sender@internet.example", "staff@town.example.jp", Rig.ambiguous("staff@town.example.jp", "怪しい"));

        List<Sink.Arrived> arrived = rig.sink.await(1, 30_000);
        assertThat(arrived).hasSize(1);
        Sink.Arrived a = arrived.get(0);
        assertThat(a.sender()).isEmpty();
        assertThat(a.recipients()).containsExactly("staff@town.example.jp");
        MimeMessage m = Rig.parse(a.bytes());
        assertThat(m.isMimeType("text/plain")).isTrue();
        String body = (String) m.getContent();
        Matcher ref = REF.matcher(body);
        assertThat(ref.find()).isTrue();
        assertThat(m.getSubject()).contains("遮断").contains(ref.group());
        assertThat(body).contains("怪しい").doesNotContain("<script");
        HoldStore.Held held = rig.holdStore().get(ref.group()).orElseThrow();
        assertThat(held.verdict()).isEqualTo("BLOCKED");
        assertThat(held.reason()).isNotBlank();
    }

    @Test
    void a_blocked_mail_for_a_sender_report_tenant_goes_back_to_the_sender_only() throws Exception {
        rig.send("sender@internet.example", "staff@hold.example.jp", Rig.ambiguous("staff@hold.example.jp", "x"));

        List<Sink.Arrived> arrived = rig.sink.await(1, 30_000);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).recipients()).containsExactly("sender@internet.example");
        assertThat(Rig.parse(arrived.get(0).bytes()).getSubject()).startsWith("Undelivered");
    }

    @Test
    void a_mail_to_two_tenants_is_sanitised_for_each_and_each_recipient_gets_it_once() throws Exception {
        PostfixInstance.run("swaks", "--server", "127.0.0.1:" + rig.postfix.frontPort, "--from", "sender@internet.example",
                "--to", "a@town.example.jp,b@convert.example.jp", "--data",
                "@" + java.nio.file.Files.writeString(java.nio.file.Files.createTempFile(rig.dir, "m", ".eml"),
                        Rig.htmlWithAttachment("a@town.example.jp", "two")));

        List<Sink.Arrived> arrived = rig.sink.await(2, 60_000);
        Thread.sleep(1000);
        assertThat(rig.sink.arrived).hasSize(2);
        assertThat(rig.sink.arrived.stream().flatMap(x -> x.recipients().stream()))
                .containsExactlyInAnyOrder("a@town.example.jp", "b@convert.example.jp");
        for (Sink.Arrived a : arrived) {
            MimeMessage m = Rig.parse(a.bytes());
            boolean town = a.recipients().contains("a@town.example.jp");
            assertThat(m.isMimeType("text/plain")).isEqualTo(town);
        }
    }

    @Test
    void metrics_and_health_are_served_on_the_private_http_port() throws Exception {
        rig.send("sender@internet.example", "staff@town.example.jp", Rig.mail("staff@town.example.jp", "plain", "", "hello\r\n"));
        rig.sink.await(1, 30_000);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + rig.gateway.httpPort + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("mamori_gateway_mails_total{outcome=\"accepted\",tenant=\"town\"}")
                .contains("mamori_gateway_mails_total{outcome=\"delivered\",tenant=\"town\"}")
                .contains("mamori_gateway_filter_seconds");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + rig.gateway.httpPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(rig.gateway.log()).contains("\"event\":\"filtered\"").doesNotContain(rig.key);
    }
}
