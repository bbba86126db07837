package jp.mamori.trail;

import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures audit-trail entries per second (A07), each entry in its own transaction as a use case would
 * write it. Not a test: a main class on the test class path, so that it gets the test databases (a fresh
 * in-memory H2, or a fresh schema on the local PostgreSQL). Run, from the repository root:
 * <pre>
 * mvn -q -o -pl app test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=jp.mamori.trail.TrailThroughput -Dexec.args="h2 postgres"
 * </pre>
 * Arguments: the databases to measure ({@code h2}, {@code postgres}); each with 1 and 8 threads.
 */
public final class TrailThroughput {

    static final int WARM_UP = 500;
    static final int ENTRIES = 4000;

    private TrailThroughput() {
    }

    public static void main(String[] args) throws Exception {
        var databases = args.length > 0 ? args : new String[] {"h2", "postgres"};
        var results = new ArrayList<String>();
        for (var database : databases) {
            System.setProperty(TestDatabase.SELECTOR, database);
            try (var context = new SpringApplicationBuilder(MamoriApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("mamori.trail.checkpoint.schedule=false", "spring.datasource.hikari.maximum-pool-size=10",
                            "mamori.trail.signing-key=" + System.getProperty("java.io.tmpdir") + "/mamori-throughput/" + UUID.randomUUID() + "/k.key",
                            "logging.level.root=WARN", "spring.main.banner-mode=off", "mamori.demo=false")
                    .run()) {
                var trail = context.getBean(Trail.class);
                var transactions = context.getBean(TransactionTemplate.class);
                run(trail, transactions, 1, WARM_UP);
                for (var threads : new int[] {1, 8}) {
                    var perSecond = run(trail, transactions, threads, ENTRIES);
                    results.add(String.format(Locale.ROOT, "%-8s %d thread(s): %,8.0f entries/s", database, threads, perSecond));
                    System.out.println(results.get(results.size() - 1));
                }
                var verifier = context.getBean(TrailVerifier.class);
                var started = System.nanoTime();
                var verification = verifier.verify(null, java.util.List.of());
                var seconds = (System.nanoTime() - started) / 1e9;
                results.add(String.format(Locale.ROOT, "%-8s verify %d entries: %.2f s, intact=%s", database,
                        verification.entries(), seconds, verification.intact()));
                System.out.println(results.get(results.size() - 1));
            }
        }
        System.out.println();
        results.forEach(System.out::println);
    }

    /** Appends {@code total} entries from {@code threads} threads, one per transaction; entries per second. */
    static double run(Trail trail, TransactionTemplate transactions, int threads, int total) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var each = total / threads;
        var started = System.nanoTime();
        try {
            var done = new ArrayList<CompletableFuture<Void>>();
            for (var t = 0; t < threads; t++) {
                var tenant = UUID.randomUUID();
                done.add(CompletableFuture.runAsync(() -> Actor.system("benchmark").runAs(() -> {
                    for (var i = 0; i < each; i++) {
                        var n = i;
                        transactions.executeWithoutResult(status ->
                                trail.record(tenant, "benchmark.thing.changed", "Thing", "T-" + n, "変更 " + n));
                    }
                }), pool));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        return each * threads / ((System.nanoTime() - started) / 1e9);
    }
}
