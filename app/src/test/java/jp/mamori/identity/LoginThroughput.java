package jp.mamori.identity;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.tenant.Tenants;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the password step of sign-in (one Argon2id verification at m=19456 KiB, t=2, p=1, the account
 * look-up and the trail entry) with 1, 4, 16 and 200 concurrent callers, through the real beans and the
 * hashing cap (2 × cores permits). Reports sign-ins per second, p50/p95/p99 latency, how many callers the
 * cap turned away ({@code Busy} → HTTP 429), and the peak heap, which shows that 200 simultaneous sign-ins
 * cannot take 200 × 19 MiB. Not a test: a main class on the test class path (for the test databases).
 * Command: see docs/performance.md.
 */
public final class LoginThroughput {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";

    private LoginThroughput() {
    }

    public static void main(String[] args) throws Exception {
        var database = args.length > 0 ? args[0] : "h2";
        System.setProperty(TestDatabase.SELECTOR, database);
        try (var context = new SpringApplicationBuilder(MamoriApplication.class)
                .web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off", "mamori.demo=true",
                        "mamori.data-dir=" + System.getProperty("java.io.tmpdir") + "/mamori-login-" + UUID.randomUUID(),
                        "spring.datasource.hikari.maximum-pool-size=10")
                .run()) {
            var jdbc = context.getBean(JdbcClient.class);
            var tenant = context.getBean(Tenants.class).all().get(0);
            var staffNumber = jdbc.sql("SELECT staff_number FROM staff WHERE tenant_id = ? AND active_to IS NULL ORDER BY staff_number")
                    .param(tenant.id()).query(String.class).list().get(5);
            var token = context.getBean(SetupLinks.class).create();
            var link = token.substring(token.lastIndexOf('/') + 1);
            context.getBean(AccountManagement.class).createThroughSetupLink(link,
                    new AccountManagement.SetupForm(tenant.id(), staffNumber, "bench.user", PASSWORD, PASSWORD));
            var signIn = context.getBean(SignIn.class);
            System.out.printf(Locale.ROOT, "database=%s cores=%d max-heap=%d MiB%n", database,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            run(signIn, 1, 10); // warm-up
            for (var callers : new int[] {1, 4, 16, 200}) {
                run(signIn, callers, callers == 200 ? 1 : Math.max(40 / callers, 4));
            }
        }
    }

    /** Each of {@code callers} threads signs in {@code each} times, all starting together. */
    private static void run(SignIn signIn, int callers, int each) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var busy = new AtomicInteger();
        var other = new AtomicInteger();
        var failed = new AtomicInteger();
        var peakHeap = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(callers);
        var pool = Executors.newFixedThreadPool(callers);
        for (int c = 0; c < callers; c++) {
            // Distinct addresses: the per-address throttle is not what is measured here.
            var address = "127.0." + (c / 250) + "." + (c % 250 + 1);
            pool.execute(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        var began = System.nanoTime();
                        try {
                            var outcome = signIn.password("bench.user", PASSWORD, address);
                            if (outcome instanceof SignIn.SecondFactorDue || outcome instanceof SignIn.SignedIn) {
                                latencies.add(System.nanoTime() - began);
                            } else {
                                other.incrementAndGet();
                            }
                        } catch (PasswordHashing.Busy e) {
                            busy.incrementAndGet();
                        } catch (RuntimeException e) { // e.g. no database connection within its timeout
                            failed.incrementAndGet();
                        }
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        var began = System.nanoTime();
        start.countDown();
        done.await();
        var seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        var sorted = new ArrayList<>(latencies).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT,
                "callers=%3d sign-ins=%4d in %.1f s → %.1f/s  p50=%.0f ms p95=%.0f ms p99=%.0f ms  busy(429)=%d refused=%d errors=%d peak-heap=%d MiB%n",
                callers, sorted.length, seconds, sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), busy.get(), other.get(), failed.get(), peakHeap.get() >> 20);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

}
