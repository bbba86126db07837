package jp.mamori.gateway;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's load harness (run by hand, never a test): sustained mails per second end to end with
 * Postfix's own {@code smtp-source} as the load (Postfix in, gateway, Postfix out, sink), and the same for
 * Postfix alone; then latency from the front door's 250 to arrival at the sink, p50/p99, for the engine
 * benchmark's kind of mail (HTML with a link and an attachment) sent by a client here that notes each 250.
 *
 * <pre>
 * cd gateway && java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     jp.mamori.gateway.GatewayThroughput 5000 20 1000
 * </pre>
 */
public final class GatewayThroughput {
    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int latencyMails = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        System.out.printf("cores=%d mails=%d sessions=%d%n", Runtime.getRuntime().availableProcessors(), mails, sessions);
        for (boolean filtered : new boolean[] {false, true}) {
            run(filtered, mails, sessions, latencyMails);
        }
    }

    private static void run(boolean filtered, int mails, int sessions, int latencyMails) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench", (filtered ? "filtered-" : "alone-") + System.nanoTime())
                .toAbsolutePath());
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        try (Sink sink = new Sink(Ports.free())) {
            sink.start();
            int gatewayPort = Ports.free();
            PostfixInstance postfix = new PostfixInstance(dir.resolve("postfix"), Ports.free(), Ports.free(),
                    filtered ? gatewayPort : null, sink.port(), Rig.DOMAINS);
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            GatewayProcess gateway = filtered ? new GatewayProcess(dir.resolve("gateway"), gatewayPort, postfix.reinjectPort,
                    Base64.getEncoder().encodeToString(k), Rig.TENANTS) : null;
            postfix.start();
            try {
                if (gateway != null) {
                    gateway.start(null, null);
                }
                // warm-up
                smtpSource(postfix.frontPort, 300, sessions);
                awaitCount(sink, 300, 120);
                sink.arrived.clear();

                long t0 = System.nanoTime();
                smtpSource(postfix.frontPort, mails, sessions);
                long sent = System.nanoTime();
                awaitCount(sink, mails, 600);
                long t1 = System.nanoTime();
                double rate = mails / ((t1 - t0) / 1e9);
                System.out.printf("%s smtp-source: %d mails, accepted in %.1f s, all arrived in %.1f s: %.0f mails/s%n",
                        filtered ? "filtered" : "alone   ", mails, (sent - t0) / 1e9, (t1 - t0) / 1e9, rate);
                sink.arrived.clear();

                List<Long> latencies = latency(postfix.frontPort, sink, latencyMails);
                latencies.sort(null);
                System.out.printf("%s latency (html+attachment, 4 clients, %d mails): p50 %.1f ms, p99 %.1f ms%n",
                        filtered ? "filtered" : "alone   ", latencies.size(), latencies.get(latencies.size() / 2) / 1e6,
                        latencies.get((int) (latencies.size() * 0.99)) / 1e6);
            } finally {
                if (gateway != null) {
                    gateway.close();
                }
                postfix.close();
            }
        }
        arrivedAt.clear();
        count.set(0);
    }

    private static void smtpSource(int port, int mails, int sessions) throws Exception {
        PostfixInstance.run("smtp-source", "-s", String.valueOf(sessions), "-m", String.valueOf(mails), "-l", "4096",
                "-f", "sender@internet.example", "-t", "staff@town.example.jp", "-S", "load", "127.0.0.1:" + port);
    }

    private static void awaitCount(Sink sink, int n, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (sink.arrived.size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(5);
        }
        if (sink.arrived.size() < n) {
            throw new IllegalStateException("only " + sink.arrived.size() + " of " + n + " arrived");
        }
    }

    /** Sends mails with unique Message-IDs, notes the front door's 250, and matches arrivals by Message-ID. */
    private static List<Long> latency(int port, Sink sink, int mails) throws Exception {
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> jobs = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            jobs.add(pool.submit(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = s.getOutputStream();
                    reply(in);
                    command(out, in, "EHLO bench");
                    int i;
                    while ((i = next.getAndIncrement()) < mails) {
                        String id = "bench-" + i + "@internet.example";
                        String mail = Rig.htmlWithAttachment("staff@town.example.jp", "bench " + i)
                                .replaceFirst("Message-ID: <[^>]+>", "Message-ID: <" + id + ">");
                        command(out, in, "MAIL FROM:<sender@internet.example>");
                        command(out, in, "RCPT TO:<staff@town.example.jp>");
                        command(out, in, "DATA");
                        out.write((mail + ".\r\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        String r = reply(in);
                        accepted.put(id, System.nanoTime());
                        if (!r.startsWith("250")) {
                            throw new IllegalStateException(r);
                        }
                        Thread.sleep(80); // a steady rate (about 50 mails/s from 4 clients), well under saturation
                    }
                    command(out, in, "QUIT");
                }
                return null;
            }));
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        awaitCount(sink, mails, 300);
        List<Long> latencies = new ArrayList<>();
        for (Sink.Arrived a : sink.arrived) {
            String text = a.text();
            int at = text.indexOf("Message-ID: <bench-");
            if (at < 0) {
                continue;
            }
            String id = text.substring(at + "Message-ID: <".length(), text.indexOf('>', at));
            Long t = accepted.get(id);
            if (t != null) {
                latencies.add(a.arrivedNanos() - t);
            }
        }
        return latencies;
    }

    private static void command(OutputStream out, BufferedReader in, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        reply(in);
    }

    private static String reply(BufferedReader in) throws Exception {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        return line;
    }
}
