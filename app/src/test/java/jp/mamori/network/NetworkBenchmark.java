package jp.mamori.network;

import java.io.BufferedReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;
import jp.mamori.importing.Imports;
import jp.mamori.tenant.SeparationModel;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the separation module at the sizes; not a unit test, run by hand (see docs/performance.md):
 * <ul>
 * <li>{@code check}: the separation check of 100,000 declared flows over 2,000 segments (pure, no database);</li>
 * <li>{@code log}: the comparison of a 10,000,000-line flow log (generated as it is read, so the figure is parsing
 * and matching, not the disk), with the heap in use afterwards; run it with {@code -Xmx512m};</li>
 * <li>{@code import h2|postgres}: the import of a 100,000-line firewall rule export through the import pipeline
 * (preview, then the write with one trail entry per flow) on a fresh database.</li>
 * </ul>
 */
public final class NetworkBenchmark {

    private NetworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var what = args.length > 0 ? args[0] : "check";
        switch (what) {
            case "check" -> check();
            case "log" -> log(args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L);
            case "import" -> importRules(args.length > 1 ? args[1] : "h2", 100_000);
            default -> throw new IllegalArgumentException(what);
        }
    }

    /** 2,000 segments in every area (10.a.b.0/24 each) and {@code flows} random flows, a few of them wrong. */
    static NetworkFixture large(int segments, int flows, long seed) {
        var n = new NetworkFixture();
        var random = new Random(seed);
        var areas = Area.values();
        for (int i = 0; i < segments; i++) {
            // Mostly the three zones, as in a large city; some outside areas.
            var area = i < 10 ? areas[i] : areas[random.nextInt(10) < 8 ? random.nextInt(3) : 3 + random.nextInt(7)];
            n.segment("seg-" + i, area, "10." + (i / 256) + "." + (i % 256) + ".0/24", false);
        }
        for (int i = 0; i < flows; i++) {
            var a = n.segments.get(random.nextInt(segments));
            var b = n.segments.get(random.nextInt(segments));
            // Random flows would join everything; keep most of them inside one area, as real ones are.
            if (random.nextInt(100) < 97) {
                int tries = 0;
                while (b.area() != a.area() && tries++ < 50) {
                    b = n.segments.get(random.nextInt(segments));
                }
            }
            var path = FlowPath.values()[random.nextInt(100) < 85 ? 0 : 1 + random.nextInt(3)];
            n.flow(a, null, b, null, Integer.toString(1 + random.nextInt(1024)), path, path == FlowPath.SANITISED ? "x" : "");
        }
        return n;
    }

    static void check() {
        var n = large(2_000, 100_000, 42);
        var topology = n.topology(SeparationModel.ALPHA);
        for (int warm = 0; warm < 5; warm++) {
            SeparationCheck.check(topology);
        }
        var times = new ArrayList<Double>();
        int findings = 0;
        for (int run = 0; run < 20; run++) {
            long t = System.nanoTime();
            findings = SeparationCheck.check(topology).size();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf("check of %,d flows over %,d segments: median %.1f ms, max %.1f ms (%,d findings)%n",
                n.flows.size(), n.segments.size(), times.get(times.size() / 2), times.get(times.size() - 1), findings);
    }

    static void log(long lines) throws Exception {
        var n = large(2_000, 100_000, 42);
        var topology = n.topology(SeparationModel.ALPHA);
        var comparison = new TrafficComparison(topology);
        var log = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "mamori-flowlog-" + lines + ".csv");
        if (!java.nio.file.Files.exists(log)) {
            long g = System.nanoTime();
            try (var out = java.nio.file.Files.newBufferedWriter(log, StandardCharsets.UTF_8);
                    var in = new GeneratedLog(lines, 7, n)) {
                in.transferTo(out);
            }
            System.out.printf("wrote %s (%,d MB) in %.1f s%n", log, java.nio.file.Files.size(log) >> 20,
                    (System.nanoTime() - g) / 1e9);
        }
        long start = System.nanoTime();
        TrafficComparison.Result result;
        try (var in = java.nio.file.Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            result = comparison.compare(in);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("flow log of %,d lines: %.1f s, %,.0f lines/s; %,d matched, %,d groups unmatched,"
                        + " %,d denied, %,d overflow; heap used after %,d MB, sum of pool peaks %,d MB, max %,d MB%n",
                result.lines(), seconds, result.lines() / seconds, result.matched(), result.unmatched().size(),
                result.denied(), result.overflow(), heap.getUsed() >> 20, peak >> 20, heap.getMax() >> 20);
    }

    /**
     * A CSV flow log made as it is read: nine lines in ten follow a declared flow (as a town's traffic mostly does),
     * the rest are random addresses in the benchmark's segments and outside them; one in twenty is denied.
     */
    static final class GeneratedLog extends Reader {
        private final long lines;
        private final Random random;
        private final NetworkFixture network;
        private long written = -1;
        private final StringBuilder line = new StringBuilder(96);
        private int at;

        GeneratedLog(long lines, long seed, NetworkFixture network) {
            this.lines = lines;
            this.random = new Random(seed);
            this.network = network;
        }

        private int index(java.util.UUID segment) {
            return Integer.parseInt(network.segments.stream().filter(s -> s.id().equals(segment)).findFirst()
                    .orElseThrow().name().substring(4));
        }

        private final java.util.Map<java.util.UUID, Integer> indexes = new java.util.HashMap<>();

        private boolean next() {
            line.setLength(0);
            at = 0;
            if (written < 0) {
                line.append("time,source,destination,port,action\n");
            } else if (written >= lines) {
                return false;
            } else {
                long second = written / 500;
                line.append("2026-04-01T").append(two(second / 3600 % 24)).append(':').append(two(second / 60 % 60))
                        .append(':').append(two(second % 60)).append("+09:00,");
                if (random.nextInt(10) < 9) {
                    var f = network.flows.get(random.nextInt(network.flows.size()));
                    address(line, indexes.computeIfAbsent(f.fromSegmentId(), this::index)).append(',');
                    address(line, indexes.computeIfAbsent(f.toSegmentId(), this::index)).append(',')
                            .append(f.ports().from()[0]);
                } else {
                    address(line, random.nextInt(2_100)).append(',');
                    address(line, random.nextInt(2_100)).append(',').append(1 + random.nextInt(1024));
                }
                line.append(',').append(random.nextInt(20) == 0 ? "deny" : "accept").append('\n');
            }
            written++;
            return true;
        }

        private StringBuilder address(StringBuilder out, int segment) {
            return out.append("10.").append(segment / 256).append('.').append(segment % 256).append('.')
                    .append(1 + random.nextInt(250));
        }

        private static String two(long v) {
            return v < 10 ? "0" + v : Long.toString(v);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int copied = 0;
            while (copied < length) {
                if (at >= line.length() && !next()) {
                    return copied == 0 ? -1 : copied;
                }
                int count = Math.min(length - copied, line.length() - at);
                line.getChars(at, at + count, buffer, offset + copied);
                at += count;
                copied += count;
            }
            return copied;
        }

        @Override
        public void close() {
        }
    }

    static void importRules(String database, int rows) throws Exception {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("mamori.demo", "false");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        if (database.equals("postgres")) {
            properties.put(TestDatabase.SELECTOR, "postgres");
        }
        properties.forEach((key, value) -> System.setProperty(key, value.toString()));
        try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
            var jdbc = context.getBean(JdbcClient.class);
            var imports = context.getBean(Imports.class);
            var flowImport = context.getBean(FlowImport.class);
            var networks = context.getBean(Networks.class);
            var tenant = UUID.randomUUID();
            jdbc.sql("INSERT INTO tenant (id, name, name_kana, name_romaji, code, fiscal_year_start_month, scheme,"
                            + " separation_model, mfa_for_all, version) VALUES (?, '試験市', 'しけんし', 'Test City',"
                            + " '011002', 4, 'R6_10', 'ALPHA', FALSE, 0)").param(tenant).update();
            var n = large(2_000, 0, 42);
            n.segments.forEach(s -> networks.insert(tenant, s));
            var random = new Random(3);
            var csv = new StringBuilder("source,destination,service,action,purpose\r\n");
            List<String> services = List.of("TCP/", "UDP/", "");
            for (int i = 0; i < rows; i++) {
                int a = random.nextInt(2_000);
                int b = (a + 1 + random.nextInt(1_999)) % 2_000;
                // Half by segment name, half by an address inside the segment, as firewall exports write them.
                csv.append(i % 2 == 0 ? "seg-" + a : "10." + (a / 256) + "." + (a % 256) + "." + (1 + random.nextInt(250)))
                        .append(',').append("seg-").append(b).append(',')
                        .append(services.get(i % 3)).append(1 + (i % 50_000)).append(',')
                        .append(i % 20 == 0 ? "deny" : "accept").append(",rule ").append(i).append("\r\n");
            }
            var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            var preview = imports.check(flowImport, tenant, "rules.csv", bytes);
            long previewed = System.nanoTime();
            var plan = Actor.system("bench").callAs(() -> imports.importNow(flowImport, tenant, "rules.csv", bytes));
            long imported = System.nanoTime();
            System.out.printf("%s: import of a %,d-line rule export (%.1f MB): preview %.1f s, confirm (plan again +"
                            + " write + trail) %.1f s; %,d flows, %,d deny rules, %d problems%n", database, rows,
                    bytes.length / 1e6, (previewed - start) / 1e9, (imported - previewed) / 1e9, plan.changed(),
                    plan.getDenied(), preview.problems().size());
            long t = System.nanoTime();
            var findings = context.getBean(NetworkFindings.class).current(tenant);
            System.out.printf("%s: check of the imported %,d flows read from the database: %.2f s (%,d findings)%n",
                    database, networks.flows(tenant).size(), (System.nanoTime() - t) / 1e9, findings.size());
        }
    }
}
