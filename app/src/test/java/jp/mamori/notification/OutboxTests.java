package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.TestMailServer;
import jp.mamori.access.Actor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server in the JVM: delivery with Japanese intact and a stable Message-ID, a server
 * that is down, a node that died mid-delivery, de-duplication, header injection, rolled-back use cases, and the
 * retry limit. The poller runs on its schedule; tests await its effects.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=false", "mamori.mail.poll-interval=100ms", "mamori.mail.retry-base=1s",
        "mamori.mail.max-attempts=3", "mamori.mail.from=mamori@town.test.example"})
class OutboxTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRows rows;
    @Autowired
    MailDelivery delivery;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    TestMailServer server;
    UUID tenant = UUID.randomUUID();

    @BeforeEach
    void startServer() {
        server = TestMailServer.start();
        sender.setPort(server.port()); // a free port per test
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private UUID enqueue(String recipient, String subject, String body, String key) {
        return transactions.execute(status -> Actor.system("test").callAs(() ->
                outbox.enqueue(new OutgoingMail(tenant, recipient, subject, body, key, "テスト"))));
    }

    private String state(UUID id) {
        return jdbc.sql("SELECT state FROM outgoing_mail WHERE id = ?").param(id).query(String.class).single();
    }

    private static String address() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@town.test.example";
    }

    @Test
    void deliversJapaneseSubjectAndBodyWithAStableMessageId() {
        var to = address();
        var id = enqueue(to, "【読了確認】情報セキュリティ基本方針のお願い", "山田 太郎 様\n\n基本方針を読み、確認してください。\n〜①②③", "k-" + id());

        await().atMost(PATIENCE).until(() -> server.to(to).size() == 1);
        var mail = server.to(to).get(0);
        assertThat(mail.subject()).isEqualTo("【読了確認】情報セキュリティ基本方針のお願い");
        assertThat(mail.body().replace("\r\n", "\n")).isEqualTo("山田 太郎 様\n\n基本方針を読み、確認してください。\n〜①②③");
        assertThat(mail.contentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(mail.messageId()).isEqualTo("<" + id + "@town.test.example>").isEqualTo(delivery.messageId(id));
        assertThat(mail.from()).isEqualTo("mamori@town.test.example");
        await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));
    }

    @Test
    void aServerThatIsDownLeavesTheMailWaitingWithItsAttemptsCountedUntilItComesUp() {
        server.stop();
        var to = address();
        var id = enqueue(to, "件名", "本文", "down-" + id());

        await().atMost(PATIENCE).until(() -> rows.find(tenant, id).orElseThrow().attempts() >= 1
                && state(id).equals("PENDING"));
        var waiting = rows.find(tenant, id).orElseThrow();
        assertThat(waiting.lastError()).contains("Connect");
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());

        server.up();
        await().atMost(PATIENCE).until(() -> server.to(to).size() == 1);
        await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));
        assertThat(server.to(to).get(0).messageId()).isEqualTo(delivery.messageId(id));
    }

    @Test
    void aMailClaimedByANodeThatDiedIsResentWithTheSameMessageId() {
        var to = address();
        var id = UUID.randomUUID();
        var past = Timestamp.from(Instant.now().minusSeconds(600));
        // As a node leaves it when killed during SMTP delivery: SENDING, its claim run out.
        jdbc.sql("""
                INSERT INTO outgoing_mail (id, tenant_id, dedup_key, recipient, subject, body, caused_by, requested_by,
                    state, attempts, next_attempt_at, claimed_by, claim_until, created_at, version)
                VALUES (?, ?, ?, ?, '再送', '本文', 'test', 'test', 'SENDING', 1, ?, 'dead-node', ?, ?, 1)""")
                .params(id, tenant, "crash-" + id, to, past, past, past).update();

        await().atMost(PATIENCE).until(() -> server.to(to).size() == 1);
        assertThat(server.to(to).get(0).messageId()).isEqualTo("<" + id + "@town.test.example>");
        await().atMost(PATIENCE).until(() -> state(id).equals("SENT"));
        assertThat(rows.find(tenant, id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void onlyOneNodeWinsTheClaimOfARow() {
        var id = UUID.randomUUID();
        var later = Timestamp.from(Instant.now().plusSeconds(3600));
        jdbc.sql("""
                INSERT INTO outgoing_mail (id, tenant_id, dedup_key, recipient, subject, body, caused_by, requested_by,
                    state, attempts, next_attempt_at, created_at, version)
                VALUES (?, ?, ?, 'x@town.test.example', 's', 'b', 'test', 'test', 'PENDING', 0, ?, ?, 0)""")
                .params(id, tenant, "claim-" + id, later, later).update();
        var due = new OutboxRows.Due(id, 0);
        var now = Instant.now().plusSeconds(7200); // due for these two claims only
        assertThat(rows.claim(due, "node-a", now, now.plusSeconds(60))).isTrue();
        assertThat(rows.claim(due, "node-b", now, now.plusSeconds(60))).isFalse();
        assertThat(rows.claimed(id, "node-a")).isPresent();
        assertThat(rows.claimed(id, "node-b")).isEmpty();
    }

    @Test
    void theSameKeyIsQueuedOnce() {
        var to = address();
        var key = "dedup-" + id();
        var first = enqueue(to, "一度だけ", "本文", key);
        var second = enqueue(to, "一度だけ（二回目）", "本文", key);

        assertThat(second).isEqualTo(first);
        assertThat(outbox.queued(tenant, key)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE dedup_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> state(first).equals("SENT"));
        assertThat(server.to(to)).hasSize(1);
    }

    @Test
    void refusesHeaderInjectionAndLooseAddresses() {
        assertThatThrownBy(() -> new OutgoingMail(tenant, "a@town.test.example", "件名\r\nBcc: evil@example.com", "b",
                "k", "c")).isInstanceOf(MailRefused.class).hasMessageContaining("notification.refused.control");
        assertThatThrownBy(() -> new OutgoingMail(tenant, "a@town.test.example\nBcc: evil@example.com", "s", "b", "k",
                "c")).isInstanceOf(MailRefused.class).hasMessageContaining("notification.refused.control");
        assertThatThrownBy(() -> new OutgoingMail(tenant, "a@town.test.example", "s\u0000", "b", "k", "c"))
                .isInstanceOf(MailRefused.class);
        assertThatThrownBy(() -> new OutgoingMail(tenant, "a@town.test.example", "s", "b", "k\r", "c"))
                .isInstanceOf(MailRefused.class);
        for (var bad : new String[] {"not an address", "a@b@c", "山田 <a@town.test.example>",
                "a@town.test.example, b@town.test.example", "list: a@town.test.example;", "@town.test.example"}) {
            assertThatThrownBy(() -> new OutgoingMail(tenant, bad, "s", "b", "k", "c")).as(bad)
                    .isInstanceOf(MailRefused.class).hasMessageContaining("notification.refused.address");
        }
        assertThat(new OutgoingMail(tenant, "yamada.taro@town.kumenan.example", "s", "本文\r\n二行目", "k", "c")
                .recipient()).isEqualTo("yamada.taro@town.kumenan.example");
    }

    @Test
    void aRolledBackUseCaseSendsNothing() {
        var rolledBack = address();
        var key = "rollback-" + id();
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingMail(tenant, rolledBack, "送らない", "本文", key, "テスト"));
            status.setRollbackOnly();
        });
        assertThat(outbox.queued(tenant, key)).isFalse();
        // A later mail is delivered: the poller has run past the point where the first would have gone.
        var fence = address();
        enqueue(fence, "送る", "本文", "fence-" + id());
        await().atMost(PATIENCE).until(() -> server.to(fence).size() == 1);
        assertThat(server.to(rolledBack)).isEmpty();
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail(tenant, address(), "s", "b", "no-tx", "c")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void failsAfterTheLastRetryKeepingTheErrorAndWritingTheTrail() {
        server.stop();
        var id = enqueue(address(), "届かない", "本文", "fail-" + id());

        await().atMost(PATIENCE).until(() -> state(id).equals("FAILED"));
        var failed = rows.find(tenant, id).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank().doesNotContain("\n");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = 'notification.mail.failed' AND object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void backoffDoublesUpToAnHour() {
        assertThat(delivery.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delivery.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delivery.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(delivery.backoff(40)).isEqualTo(Duration.ofHours(1));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
