package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The gateway killed with SIGKILL at each point of a mail's way through it; after it restarts and Postfix
 * offers the mail again, the mail arrives exactly once. And with the next hop or the gateway down, Postfix
 * keeps the mail and delivers it, once, when they are back.
 */
class GatewayCrashTests {

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"received", "sanitised", "reinjecting", "reinjected"})
    void a_mail_accepted_before_a_crash_arrives_exactly_once_after_the_restart(String point) throws Exception {
        try (Rig rig = new Rig("crash-" + point)) {
            rig.postfix.start();
            Path marker = rig.dir.resolve("paused");
            rig.gateway.start(point, marker);
            rig.send("sender@internet.example", "staff@town.example.jp",
                    Rig.htmlWithAttachment("staff@town.example.jp", "crash " + point));

            awaitFile(marker, 30_000);
            rig.gateway.kill();
            Thread.sleep(500);
            if (point.equals("reinjected")) {
                // re-injected, and Postfix's second smtpd took it: it is on its way already
                assertThat(rig.sink.await(1, 30_000)).hasSize(1);
            } else {
                assertThat(rig.sink.arrived).as("nothing delivered before the restart").isEmpty();
            }
            assertThat(rig.postfix.queued()).as("the accepted mail is still in Postfix's queue").isGreaterThanOrEqualTo(1);

            rig.gateway.start(null, null);
            rig.postfix.flush();
            List<Sink.Arrived> arrived = rig.sink.await(1, 60_000);
            assertThat(arrived).hasSize(1);
            awaitEmptyQueue(rig, 30_000);
            Thread.sleep(1500);
            assertThat(rig.sink.arrived).as("exactly once").hasSize(1);
            assertThat(Rig.parse(rig.sink.arrived.get(0).bytes()).getSubject()).isEqualTo("crash " + point);
            if (point.equals("reinjected")) {
                assertThat(rig.gateway.log()).contains("duplicate-skipped");
            }
        }
    }

    @Test
    void with_the_next_hop_down_postfix_keeps_the_sanitised_mail_and_delivers_it_once_when_it_is_back() throws Exception {
        try (Rig rig = new Rig("nexthop-down").start()) {
            rig.sink.stop();
            rig.send("sender@internet.example", "staff@town.example.jp", Rig.mail("staff@town.example.jp", "later", "", "hi\r\n"));
            long end = System.currentTimeMillis() + 30_000;
            while (!rig.gateway.log().contains("\"event\":\"filtered\"") && System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
            Thread.sleep(2000);
            assertThat(rig.postfix.queued()).isEqualTo(1);
            assertThat(rig.postfix.maillog()).contains("status=deferred");

            rig.sink.start();
            rig.postfix.flush();
            assertThat(rig.sink.await(1, 60_000)).hasSize(1);
            awaitEmptyQueue(rig, 30_000);
            Thread.sleep(1000);
            assertThat(rig.sink.arrived).hasSize(1);
        }
    }

    @Test
    void with_the_gateway_down_postfix_defers_and_delivers_once_when_it_is_back() throws Exception {
        try (Rig rig = new Rig("gateway-down").start()) {
            rig.gateway.kill();
            rig.send("sender@internet.example", "staff@town.example.jp", Rig.mail("staff@town.example.jp", "wait", "", "hi\r\n"));
            Thread.sleep(3000);
            assertThat(rig.sink.arrived).isEmpty();
            assertThat(rig.postfix.queued()).isEqualTo(1);
            assertThat(rig.postfix.maillog()).contains("status=deferred");

            rig.gateway.start(null, null);
            rig.postfix.flush();
            assertThat(rig.sink.await(1, 60_000)).hasSize(1);
            awaitEmptyQueue(rig, 30_000);
            Thread.sleep(1000);
            assertThat(rig.sink.arrived).hasSize(1);
            assertThat(Rig.parse(rig.sink.arrived.get(0).bytes()).getHeader("X-Mamori-Sanitized", null)).isNotNull();
        }
    }

    private static void awaitFile(Path file, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!Files.exists(file) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        assertThat(file).as("the gateway reached the pause point").exists();
    }

    private static void awaitEmptyQueue(Rig rig, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (rig.postfix.queued() > 0 && System.currentTimeMillis() < end) {
            rig.postfix.flush();
            Thread.sleep(500);
        }
        assertThat(rig.postfix.queued()).isZero();
    }
}
