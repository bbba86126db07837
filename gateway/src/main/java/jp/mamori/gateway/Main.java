package jp.mamori.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The gateway process: {@code java -jar mamori-gateway.jar [gateway.properties]}. Starts the filter's SMTP
 * listener, the HTTP endpoint ({@code /health}, {@code /metrics}), the hourly sweep of expired originals
 * and ledger entries, and the minute-by-minute report to the app.
 *
 * <p>{@code --demo SINK_HOST:PORT} starts it in front of a local test server without Postfix: mail sent to
 * the listen port is sanitised and passed straight to the sink (no queue, nothing retried: a first try,
 * never production).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Path file = null;
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--demo") && i + 1 < args.length) {
                String[] hp = args[++i].split(":");
                env.putIfAbsent("MAMORI_GATEWAY_REINJECT_HOST", hp[0]);
                env.put("MAMORI_GATEWAY_REINJECT_PORT", hp[1]);
                env.putIfAbsent("MAMORI_GATEWAY_DATA_DIR", Files.createTempDirectory("mamori-gateway-demo").toString());
                if (!env.containsKey("MAMORI_GATEWAY_HOLD_KEY")) {
                    byte[] k = new byte[32];
                    new java.security.SecureRandom().nextBytes(k);
                    env.put("MAMORI_GATEWAY_HOLD_KEY", java.util.Base64.getEncoder().encodeToString(k));
                    Log.info("demo-key", "note", "a throw-away hold key for this demo run only");
                }
            } else {
                file = Path.of(args[i]);
            }
        }
        GatewayConfig config = GatewayConfig.load(file, env);
        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
        Log.info("started", "config", config.toString(), "port", gateway.smtpPort());
        Thread.currentThread().join();
    }

    /** A running gateway. */
    static final class Gateway implements AutoCloseable {
        private final FilterServer smtp;
        private final HttpServer http;
        private final MailFilter filter;
        private final Reinjector reinjector;
        private final ScheduledExecutorService timers;
        private final Ledger ledger;

        private Gateway(FilterServer smtp, HttpServer http, MailFilter filter, Reinjector reinjector,
                ScheduledExecutorService timers, Ledger ledger) {
            this.ledger = ledger;
            this.smtp = smtp;
            this.http = http;
            this.filter = filter;
            this.reinjector = reinjector;
            this.timers = timers;
        }

        static Gateway start(GatewayConfig config, Clock clock) throws IOException {
            Files2.privateDirectory(config.dataDir());
            GatewayMetrics metrics = new GatewayMetrics();
            HoldStore hold = new HoldStore(config.dataDir().resolve("hold"), config.holdKey());
            Ledger ledger = new Ledger(config.dataDir().resolve("ledger"));
            Reports reports = new Reports(config.dataDir().resolve("reports"), config.appUrl(), config.appToken());
            Reinjector reinjector = new Reinjector(config);
            MailFilter filter = new MailFilter(config, hold, ledger, reinjector, metrics, reports, clock);
            FilterServer smtp = new FilterServer(config, filter, metrics);
            smtp.start();
            HttpServer http = HttpServer.create(new InetSocketAddress(config.httpAddress(), config.httpPort()), 16);
            http.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4", metrics.scrape()));
            http.createContext("/health", ex -> {
                String problem = health(config);
                respond(ex, problem == null ? 200 : 503, "application/json",
                        problem == null ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\",\"problem\":\"" + problem + "\"}");
            });
            http.setExecutor(Executors.newFixedThreadPool(2));
            http.start();
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
            timers.scheduleWithFixedDelay(() -> {
                try {
                    int originals = hold.sweep(clock.instant());
                    int entries = ledger.sweep(clock.instant().minus(config.ledgerRetention()));
                    if (originals + entries > 0) {
                        Log.info("swept", "originals", originals, "ledgerEntries", entries);
                    }
                } catch (IOException | RuntimeException e) {
                    Log.warn("sweep-failed", "error", e.getMessage());
                }
            }, 1, 60, TimeUnit.MINUTES);
            timers.scheduleWithFixedDelay(reports::send, 1, 1, TimeUnit.MINUTES);
            return new Gateway(smtp, http, filter, reinjector, timers, ledger);
        }

        int smtpPort() {
            return smtp.port();
        }

        int httpPort() {
            return http.getAddress().getPort();
        }

        /** Null when the data directory is writable and Postfix's re-injection port answers. */
        static String health(GatewayConfig config) {
            if (!Files.isWritable(config.dataDir())) {
                return "data directory not writable";
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(config.reinjectHost(), config.reinjectPort()), 2000);
            } catch (IOException e) {
                return "re-injection port not reachable";
            }
            return null;
        }

        private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            timers.shutdownNow();
            smtp.close();
            http.stop(0);
            reinjector.close();
            filter.close();
            try {
                ledger.close();
            } catch (IOException ignored) {
                // closing at exit
            }
        }
    }
}
