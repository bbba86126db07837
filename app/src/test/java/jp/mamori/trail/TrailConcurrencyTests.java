package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A07: concurrent writers get a gap-free sequence and a chain that verifies. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.trail.checkpoint.schedule=false", "spring.datasource.hikari.maximum-pool-size=8",
        "mamori.trail.signing-key=${java.io.tmpdir}/mamori-trail-tests/${random.uuid}/trail-ed25519.key"})
class TrailConcurrencyTests {

    static final int THREADS = 8;
    static final int EVENTS = 100;

    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrailVerifier verifier;
    @Autowired
    TrailCheckpoints checkpoints;
    @Autowired
    TrailSigningKey key;

    @Test
    void eightThreadsOfAHundredEventsGiveAGapFreeVerifiedChain() throws Exception {
        new TrailTampering(jdbc, transactions, trail).reset();
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var done = new ArrayList<CompletableFuture<Void>>();
            for (var t = 0; t < THREADS; t++) {
                var tenant = UUID.randomUUID();
                done.add(CompletableFuture.runAsync(() -> Actor.system("load").runAs(() -> {
                    for (var i = 0; i < EVENTS; i++) {
                        var n = i;
                        transactions.executeWithoutResult(status ->
                                trail.record(tenant, "test.thing.changed", "Thing", "T-" + n, "変更 " + n));
                    }
                }), pool));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        var seqs = jdbc.sql("SELECT seq FROM trail_entry ORDER BY seq").query(Long.class).list();
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * EVENTS).boxed().toList());
        checkpoints.makeNow();
        var result = verifier.verify(key.publicKey(), List.of());
        assertThat(result.findings()).isEmpty();
        assertThat(result.entries()).isEqualTo(THREADS * EVENTS);
        assertThat(result.storedCheckpoints()).isEqualTo(1);
    }
}
