package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backlog larger than one batch goes out in one poll instead of one batch per poll interval: at the default 5 s
 * interval, 2,000 reminders took over eight minutes (docs/performance.md). The schedule is set to an hour here, so
 * only the poll this test calls delivers anything.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=false", "mamori.mail.poll-interval=1h"})
class MailDeliveryBatchTests {

    @Autowired
    Outbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    TestMailServer server;

    @BeforeEach
    void startServer() {
        server = TestMailServer.start();
        sender.setPort(server.port());
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void onePollDeliversABacklogOfSeveralBatches() {
        var tenant = UUID.randomUUID();
        var backlog = MailDelivery.BATCH * 2 + 5;
        transactions.executeWithoutResult(status -> Actor.system("test").runAs(() -> {
            for (var i = 0; i < backlog; i++) {
                outbox.enqueue(new OutgoingMail(tenant, "staff" + i + "@town.test.example", "督促 " + i, "本文",
                        "batch-" + i, "テスト"));
            }
        }));

        delivery.poll();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = ? AND state = 'SENT'").param(tenant)
                .query(Long.class).single()).isEqualTo(backlog);
        for (var i = 0; i < backlog; i++) {
            assertThat(server.to("staff" + i + "@town.test.example")).hasSize(1);
        }
    }
}
