package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter's listener in this JVM, re-injecting into a sink: what it refuses, and that it dedups. */
class FilterServerTests {
    @TempDir
    Path dir;
    private Sink sink;
    private Main.Gateway gateway;
    private int port;

    @BeforeEach
    void start() throws Exception {
        sink = new Sink(Ports.free()).start();
        port = Ports.free();
        Properties p = new Properties();
        p.setProperty("listen.port", String.valueOf(port));
        p.setProperty("reinject.port", String.valueOf(sink.port()));
        p.setProperty("http.port", "0");
        p.setProperty("data-dir", dir.toString());
        p.setProperty("max-message-bytes", "20000");
        p.setProperty("tenant.town.domains", "town.example.jp");
        GatewayConfig config = GatewayConfig.from(p,
                java.util.Map.of("MAMORI_GATEWAY_HOLD_KEY", Base64.getEncoder().encodeToString(new byte[32])));
        gateway = Main.Gateway.start(config, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gateway.close();
        sink.close();
    }

    /** Speaks raw SMTP; returns every reply line. */
    private List<String> converse(String... chunks) throws Exception {
        List<String> replies = new ArrayList<>();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            replies.add(in.readLine());
            for (String chunk : chunks) {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
                String line;
                do {
                    line = in.readLine();
                    replies.add(line);
                } while (line != null && line.length() > 3 && line.charAt(3) == '-');
            }
        }
        return replies;
    }

    private static final String HEAD = "MAIL FROM:<a@internet.example>\r\n";

    @Test
    void lf_dot_crlf_smuggling_is_refused_and_the_smuggled_mail_never_goes_out() throws Exception {
        List<String> replies = converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n",
                "Subject: one\r\n\r\nbody\n.\r\nMAIL FROM:<evil@internet.example>\r\nRCPT TO:<r@town.example.jp>\r\nDATA\r\n"
                        + "Subject: smuggled\r\n\r\nx\r\n.\r\n", "QUIT\r\n");

        assertThat(replies).anyMatch(r -> r.startsWith("550 5.6.0"));
        Thread.sleep(500);
        assertThat(sink.arrived).isEmpty();
    }

    @Test
    void a_bare_lf_or_a_bare_cr_in_the_body_is_refused() throws Exception {
        assertThat(converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n",
                "Subject: lf\r\n\r\nline\nline\r\n.\r\n", "QUIT\r\n")).anyMatch(r -> r.startsWith("550 5.6.0 Refused: bare LF"));
        assertThat(converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n",
                "Subject: cr\r\n\r\nline\r.\rline\r\n.\r\n", "QUIT\r\n")).anyMatch(r -> r.startsWith("550 5.6.0 Refused: bare CR"));
        assertThat(sink.arrived).isEmpty();
    }

    @Test
    void a_mail_over_the_size_limit_is_refused() throws Exception {
        String big = "Subject: big\r\n\r\n" + ("x".repeat(998) + "\r\n").repeat(25) + ".\r\n";
        assertThat(converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n", big, "QUIT\r\n"))
                .anyMatch(r -> r.startsWith("552"));
        assertThat(sink.arrived).isEmpty();
    }

    @Test
    void the_same_mail_offered_twice_is_delivered_once_and_answered_250_both_times() throws Exception {
        String mail = "From: a@internet.example\r\nTo: r@town.example.jp\r\nSubject: twice\r\nMessage-ID: <1@x>\r\n\r\nhello\r\n.\r\n";
        List<String> first = converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n", mail, "QUIT\r\n");
        List<String> second = converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n", mail, "QUIT\r\n");

        assertThat(first).anyMatch(r -> r.startsWith("250 2.0.0 Ok: filtered"));
        assertThat(second).anyMatch(r -> r.startsWith("250 2.0.0 Ok: filtered"));
        Thread.sleep(500);
        assertThat(sink.arrived).hasSize(1);
        assertThat(sink.arrived.get(0).text()).contains("X-Mamori-Sanitized");
        assertThat((String) Rig.parse(sink.arrived.get(0).bytes()).getContent()).contains("hello");

        // another envelope is another mail
        converse("EHLO t\r\n", HEAD, "RCPT TO:<other@town.example.jp>\r\n", "DATA\r\n", mail, "QUIT\r\n");
        assertThat(sink.await(2, 10_000)).hasSize(2);
    }

    @Test
    void with_the_reinjection_target_down_the_answer_is_451_so_postfix_keeps_the_mail() throws Exception {
        sink.stop();
        String mail = "Subject: later\r\n\r\nhello\r\n.\r\n";
        assertThat(converse("EHLO t\r\n", HEAD, "RCPT TO:<r@town.example.jp>\r\n", "DATA\r\n", mail, "QUIT\r\n"))
                .anyMatch(r -> r.startsWith("451 4.3.0"));
    }
}
