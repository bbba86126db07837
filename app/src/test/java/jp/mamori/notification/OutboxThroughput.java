package jp.mamori.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.subethamail.wiser.Wiser;

/**
 * Measures the mail outbox against a real SMTP server in this JVM (SubEthaSMTP's Wiser on a free port, configured as
 * {@code spring.mail.host/port}): first the end-to-end latency of a single mail at idle, from the start of the
 * enqueuing transaction to the mail's arrival at the server (the enqueue moment is spread at random over the poll
 * interval, as a use case does not know the poller's phase); then N mails enqueued through {@link Outbox} in batches of
 * 100 per transaction, timing the enqueuing and the time until the last one has arrived. The app runs without a web
 * server on a fresh database (in-memory H2, or a fresh schema on the local PostgreSQL). Not a test: a main class on
 * the test class path. Command: see docs/performance.md.
 *
 * <p>Arguments, all optional: {@code db=h2,postgres n=2000 poll=100ms samples=50 limit=150s}.
 */
public final class OutboxThroughput {

    private static final int ENQUEUE_BATCH = 100;

    private OutboxThroughput() {
    }

    /** Wiser that keeps only the moment each recipient's mail arrived (the whole message is read, as Wiser does). */
    static final class ArrivalServer extends Wiser {

        final Map<String, Long> arrivals = new ConcurrentHashMap<>();

        ArrivalServer(int port) {
            super(port);
            setHostname("localhost");
        }

        @Override
        public void deliver(String from, String recipient, InputStream data) throws IOException {
            data.readAllBytes();
            arrivals.put(recipient.toLowerCase(Locale.ROOT), System.nanoTime());
        }
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>(Map.of("db", "h2", "n", "2000", "poll", "100ms", "samples", "50",
                "limit", "150s"));
        for (var arg : args) {
            options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        var results = new ArrayList<String>();
        for (var database : options.get("db").split(",")) {
            results.addAll(measure(database, Integer.parseInt(options.get("n")), options.get("poll"),
                    Integer.parseInt(options.get("samples")), DurationStyle.detectAndParse(options.get("limit"))));
        }
        System.out.println();
        results.forEach(System.out::println);
    }

    private static List<String> measure(String database, int n, String poll, int samples, Duration limit) throws Exception {
        var results = new ArrayList<String>();
        var server = new ArrivalServer(freePort());
        server.start();
        System.setProperty(TestDatabase.SELECTOR, database);
        try (var context = new SpringApplicationBuilder(MamoriApplication.class)
                .web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off", "mamori.demo=false",
                        "mamori.data-dir=" + System.getProperty("java.io.tmpdir") + "/mamori-outbox-" + UUID.randomUUID(),
                        "spring.datasource.hikari.maximum-pool-size=10")
                .run("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + server.getServer().getPort(),
                        "--mamori.mail.poll-interval=" + poll, "--mamori.mail.from=mamori@town.kumenan.example")) {
            var outbox = context.getBean(Outbox.class);
            var transactions = context.getBean(TransactionTemplate.class);
            var jdbc = context.getBean(JdbcClient.class);
            var tenant = UUID.randomUUID();
            var interval = DurationStyle.detectAndParse(poll).toNanos();

            // Warm-up: one batch through the whole path.
            enqueue(outbox, transactions, tenant, "warm", 0, 40);
            awaitAll(server, "warm", 40, Duration.ofMinutes(2));

            // One mail at a time, at idle.
            var latencies = new long[samples];
            for (int i = 0; i < samples; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(interval) / 1_000_000L);
                var began = System.nanoTime();
                enqueue(outbox, transactions, tenant, "idle", i, 1);
                var key = recipient("idle", i);
                while (!server.arrivals.containsKey(key)) {
                    Thread.sleep(0, 200_000);
                }
                latencies[i] = server.arrivals.get(key) - began;
            }
            Arrays.sort(latencies);
            results.add(String.format(Locale.ROOT, "%s poll=%s single mail at idle, enqueue → arrival (%d samples): "
                    + "p50 %.0f ms, p95 %.0f ms, max %.0f ms", database, poll, samples, percentile(latencies, 50),
                    percentile(latencies, 95), latencies[samples - 1] / 1e6));
            System.out.println(results.get(results.size() - 1));

            // N mails in batches.
            var began = System.nanoTime();
            for (int from = 0; from < n; from += ENQUEUE_BATCH) {
                enqueue(outbox, transactions, tenant, "bulk", from, Math.min(ENQUEUE_BATCH, n - from));
            }
            var enqueued = System.nanoTime();
            var arrived = awaitAll(server, "bulk", n, limit);
            var last = server.arrivals.entrySet().stream().filter(e -> e.getKey().startsWith("bulk-"))
                    .mapToLong(Map.Entry::getValue).max().orElse(began);
            var seconds = (last - began) / 1e9;
            var sent = jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = ? AND dedup_key LIKE 'bulk-%' AND state = 'SENT'")
                    .param(tenant).query(Long.class).single();
            results.add(String.format(Locale.ROOT, "%s poll=%s %,d mails: enqueued in %.2f s (%,.0f mails/s, batches of %d); "
                    + "%,d arrived %.1f s after the first enqueue → %,.1f mails/s delivered; rows SENT: %,d", database, poll,
                    n, (enqueued - began) / 1e9, n / ((enqueued - began) / 1e9), ENQUEUE_BATCH, arrived, seconds,
                    arrived / seconds, sent));
            System.out.println(results.get(results.size() - 1));
        } finally {
            server.stop();
        }
        return results;
    }

    private static void enqueue(Outbox outbox, TransactionTemplate transactions, UUID tenant, String prefix, int from,
            int count) {
        transactions.executeWithoutResult(status -> Actor.system("benchmark").runAs(() -> {
            for (int i = from; i < from + count; i++) {
                outbox.enqueue(new OutgoingMail(tenant, recipient(prefix, i),
                        "【読了確認】情報セキュリティ基本方針の確認のお願い（" + i + "）",
                        "職員 各位\n\n令和8年度の情報セキュリティ基本方針を読み、確認してください。\n期限：令和8年5月31日\n\n総務課",
                        prefix + "-" + i, "読了確認の依頼"));
            }
        }));
    }

    private static String recipient(String prefix, int i) {
        return prefix + "-" + i + "@town.kumenan.example";
    }

    /** Waits until {@code n} mails of the prefix have arrived or the limit has passed; how many arrived. */
    private static int awaitAll(ArrivalServer server, String prefix, int n, Duration limit) throws InterruptedException {
        var deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            var arrived = (int) server.arrivals.keySet().stream().filter(k -> k.startsWith(prefix + "-")).count();
            if (arrived >= n || System.nanoTime() > deadline) {
                return arrived;
            }
            Thread.sleep(20);
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
