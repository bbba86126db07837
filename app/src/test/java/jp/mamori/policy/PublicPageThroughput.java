package jp.mamori.policy;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the public policy pages, the pages residents reach from the Internet through the municipality's web
 * site: the app with the demo 久米南町 on a fresh database (in-memory H2, or a fresh schema on the local PostgreSQL)
 * with its real web server on loopback, then 1, 4, 16 and 64 anonymous HTTP clients at once, each requesting the
 * list {@code /public/336661/policies} and then the 基本方針 page {@code /public/336661/policies/{id}} (found on the
 * list) as fast as it can for a fixed time. Reports requests per second, p50/p95/p99 latency, non-200 answers and
 * the peak heap and the CPU time per request of the JVM (app and clients share it). It also times what the pages
 * cost without HTTP ({@link Publication}) and the Markdown rendering alone ({@link PolicyText#html}), to show where
 * the time goes.
 * Not a test: a main class on the test class path. Command: see docs/performance.md.
 *
 * <p>Arguments: the databases ({@code h2}, {@code postgres}; default {@code h2}), then seconds per case (default 8).
 */
public final class PublicPageThroughput {

    private static final String CODE = "336661";
    private static final int[] CLIENTS = {1, 4, 16, 64};
    private static final Pattern ROW = Pattern.compile(
            "href=\"/public/" + CODE + "/policies/([0-9a-f-]{36})\"[^>]*>([^<]*)</a></th>\\s*<td>([^<]*)</td>");

    private PublicPageThroughput() {
    }

    public static void main(String[] args) throws Exception {
        var databases = Arrays.stream(args).filter(a -> !a.matches("\\d+")).toList();
        var seconds = Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(8);
        var results = new ArrayList<String>();
        for (var database : databases.isEmpty() ? List.of("h2") : databases) {
            System.setProperty(TestDatabase.SELECTOR, database);
            System.setProperty("mamori.demo", "true");
            System.setProperty("server.port", "0");
            System.setProperty("logging.level.root", "WARN");
            System.setProperty("spring.main.banner-mode", "off");
            System.setProperty("mamori.data-dir", System.getProperty("java.io.tmpdir") + "/mamori-public-" + UUID.randomUUID());
            // As in production (the test set-up caps the pool at 4).
            System.setProperty("spring.datasource.hikari.maximum-pool-size", "10");
            try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
                measure(context, database, seconds, results);
            }
        }
        System.out.println();
        results.forEach(System.out::println);
    }

    private static void measure(ConfigurableApplicationContext context, String database, int seconds, List<String> results)
            throws Exception {
        var base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var listUrl = base + "/public/" + CODE + "/policies";
        var list = http.send(HttpRequest.newBuilder(URI.create(listUrl)).build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200) {
            throw new IllegalStateException("list page: HTTP " + list.statusCode());
        }
        String documentId = null;
        var matcher = ROW.matcher(list.body());
        while (matcher.find()) {
            if (documentId == null || matcher.group(3).contains("基本方針")) {
                documentId = matcher.group(1);
            }
        }
        if (documentId == null) {
            throw new IllegalStateException("no published document on " + listUrl);
        }
        var documentUrl = listUrl + "/" + documentId;
        var document = http.send(HttpRequest.newBuilder(URI.create(documentUrl)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "database=%s cores=%d max-heap=%d MiB; list %,d bytes, document %,d bytes; "
                + "Set-Cookie on an anonymous request: %s%n", database, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, list.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                document.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                document.headers().allValues("Set-Cookie"));

        // Warm-up of both pages: JIT, Thymeleaf's template cache, the connection pools.
        run(http, listUrl, 16, 5);
        run(http, documentUrl, 16, 5);
        for (var page : List.of(new String[] {"list", listUrl}, new String[] {"document", documentUrl})) {
            for (var clients : CLIENTS) {
                var line = database + " " + run(http, page[1], clients, seconds).describe(page[0], clients);
                System.out.println(line);
                results.add(line);
            }
        }
        directCost(context, UUID.fromString(documentId), database, results);
    }

    /**
     * What the pages cost in-process on one thread, without HTTP and Thymeleaf (after the HTTP runs, so warm): the
     * list's and the document's {@link Publication} calls (queries, and for the document the Markdown rendering),
     * and the rendering alone.
     */
    private static void directCost(ConfigurableApplicationContext context, UUID documentId, String database,
            List<String> results) {
        var publication = context.getBean(Publication.class);
        var page = publication.page(CODE, documentId);
        var markdown = context.getBean(Revisions.class).find(page.tenant().id(), page.document().inForce().id())
                .orElseThrow().body();
        var render = new long[500];
        var whole = new long[500];
        var shelf = new long[500];
        for (int i = 0; i < render.length; i++) {
            var t = System.nanoTime();
            PolicyText.html(markdown);
            render[i] = System.nanoTime() - t;
            t = System.nanoTime();
            publication.page(CODE, documentId);
            whole[i] = System.nanoTime() - t;
            t = System.nanoTime();
            publication.shelf(CODE);
            shelf[i] = System.nanoTime() - t;
        }
        Arrays.sort(render);
        Arrays.sort(whole);
        Arrays.sort(shelf);
        var line = String.format(Locale.ROOT, "%s in-process, one thread, p50: Publication.shelf %.2f ms; "
                + "Publication.page %.2f ms, of which Markdown (%,d chars) → HTML %.2f ms", database,
                percentile(shelf, 50), percentile(whole, 50), markdown.length(), percentile(render, 50));
        System.out.println(line);
        results.add(line);
    }

    record Outcome(int requests, int failed, double seconds, long[] sorted, long peakHeap, long cpuNanos) {

        String describe(String page, int clients) {
            return String.format(Locale.ROOT,
                    "%-8s clients=%2d  %,6d requests in %.1f s → %,7.1f req/s  p50=%6.1f ms p95=%6.1f ms p99=%6.1f ms  "
                            + "non-200/errors=%d  peak-heap=%d MiB  JVM CPU %.2f ms/request",
                    page, clients, requests, seconds, requests / seconds, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), failed, peakHeap >> 20, cpuNanos / 1e6 / Math.max(requests, 1));
        }
    }

    /** {@code clients} threads, each requesting {@code url} one request after the other for {@code seconds}. */
    private static Outcome run(HttpClient http, String url, int clients, int seconds) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<long[]>();
        var failed = new AtomicInteger();
        var peakHeap = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(clients);
        var pool = Executors.newFixedThreadPool(clients + 1);
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ja")
                .timeout(Duration.ofSeconds(30)).build();
        var deadline = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                var mine = new long[1 << 16];
                var n = 0;
                try {
                    start.await();
                    while (System.nanoTime() < deadline.get() && n < mine.length) {
                        var began = System.nanoTime();
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() == 200) {
                                mine[n++] = System.nanoTime() - began;
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies.add(Arrays.copyOf(mine, n));
                    done.countDown();
                }
            });
        }
        // The heap is sampled every 20 ms while the clients run (the app and the clients share this JVM).
        pool.execute(() -> {
            while (done.getCount() > 0) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var cpuBefore = os.getProcessCpuTime();
        var began = System.nanoTime();
        deadline.set(began + seconds * 1_000_000_000L);
        start.countDown();
        done.await();
        var elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdownNow();
        var sorted = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        // CPU time of the whole JVM (server and clients) per request: what a request costs on these two cores.
        return new Outcome(sorted.length, failed.get(), elapsed, sorted, peakHeap.get(), os.getProcessCpuTime() - cpuBefore);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }
}
