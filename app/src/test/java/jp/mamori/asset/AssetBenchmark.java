package jp.mamori.asset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.web.ImportSheet;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Measures the register at 50,000 assets: the import time of a 50,000-row CSV (preview plan plus the write), then
 * the latency of the list page (rendered through MockMvc: query, count, Thymeleaf) for the default list, a deep page,
 * a kana search, filters and sorts. Not a unit test; run by hand (see docs/performance.md):
 *
 * <pre>java -cp app/target/test-classes:app/target/classes:$(cat cp.txt) jp.mamori.asset.AssetBenchmark h2|postgres</pre>
 */
public final class AssetBenchmark {

    private AssetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        var properties = new LinkedHashMap<String, Object>();
        properties.put("mamori.demo", "false");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        // The test classpath's TestDatabase initializer gives the context a fresh database of its own: an in-memory
        // H2, or with mamori.test.db=postgres a fresh schema on the local PostgreSQL server.
        if (database.equals("postgres")) {
            properties.put(TestDatabase.SELECTOR, "postgres");
        }
        // System properties outrank application.yml (builder defaults would not).
        properties.forEach((key, value) -> System.setProperty(key, value.toString()));
        try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
            var jdbc = context.getBean(JdbcClient.class);
            var imports = context.getBean(AssetImport.class);
            var town = AssetFixture.town(jdbc, ClassificationScheme.R6_10);

            var csv = new StringBuilder(String.join(",", AssetLayout.COLUMNS)).append("\r\n");
            var words = new String[] {"住民記録", "ジュウミン", "課税台帳", "介護保険", "水道料金", "文書", "広報", "議会"};
            for (int i = 1; i <= rows; i++) {
                var held = i % 10 != 0;
                csv.append(String.join(",", String.format("A-%06d", i), words[i % words.length] + " 資産 " + i, "",
                        held ? "情報（電子）" : "情報システム", "説明 " + i, i % 2 == 0 ? "総務課" : "税務住民課", "",
                        "サーバ室", i % 3 == 0 ? "マイナンバー利用事務系" : "LGWAN接続系", "5年", i % 4 == 0 ? "○" : "",
                        "", "", "", i % 5 == 0 ? "3B" : "2", "", "2", "", "1", "",
                        held && i > 10 ? String.format("A-%06d", (i / 10) * 10) : "")).append("\r\n");
            }
            var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            var sheet = ImportSheet.read(bytes, "bench.csv");
            var previewPlan = imports.plan(town.tenantId(), sheet);
            long previewed = System.nanoTime();
            var plan = Actor.system("bench").callAs(() -> imports.apply(town.tenantId(), sheet, "bench.csv"));
            long imported = System.nanoTime();
            System.out.printf("%s: import of %,d rows: preview %.1f s, preview + write %.1f s (created %,d, errors %d)%n",
                    database, rows, (previewed - start) / 1e9, (imported - start) / 1e9, plan.getCreated(),
                    previewPlan.problems().size());
            long again = System.nanoTime();
            var second = Actor.system("bench").callAs(() -> imports.apply(town.tenantId(), sheet, "bench.csv"));
            System.out.printf("%s: re-import of the same file: %.1f s (unchanged %,d)%n", database,
                    (System.nanoTime() - again) / 1e9, second.getUnchanged());

            // What autovacuum would have done by then on a live server: statistics and the visibility map.
            jdbc.sql(database.equals("postgres") ? "VACUUM ANALYZE information_asset" : "ANALYZE").update();
            // Without the servlet filters (security chain, JDBC sessions): the user is signed in on this thread, which
            // is what the access interceptor reads, so the figures are the page's own work.
            var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
            AssetFixture.signIn(AssetFixture.admin(town, town.soumuManager()));
            Map<String, String[]> cases = new LinkedHashMap<>();
            cases.put("list, first page", new String[] {});
            cases.put("list, page 500 (offset 25,000)", new String[] {"page", "500"});
            cases.put("search 「じゅうみん」 (kana, matches カタカナ)", new String[] {"q", "じゅうみん"});
            cases.put("search 「資産 4999」", new String[] {"q", "資産 4999"});
            cases.put("filter unit + 機密性3B", new String[] {"unit", town.zeimu().toString(), "confidentiality", "R6_3B"});
            cases.put("filter zone + kind, sort name desc", new String[] {"zone", "MY_NUMBER", "kind", "INFORMATION_SYSTEM",
                "sort", "NAME", "dir", "desc"});
            cases.put("sort by 機密性, page 100", new String[] {"sort", "CONFIDENTIALITY", "page", "100"});
            for (var entry : cases.entrySet()) {
                var times = new ArrayList<Double>();
                for (int run = 0; run < 60; run++) {
                    var request = get("/assets");
                    var p = entry.getValue();
                    for (int k = 0; k < p.length; k += 2) {
                        request.param(p[k], p[k + 1]);
                    }
                    long t = System.nanoTime();
                    var status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status != 200) {
                        throw new IllegalStateException(entry.getKey() + ": HTTP " + status);
                    }
                    if (run >= 10) {
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                }
                System.out.printf("%s: %-45s p50 %6.1f ms  p95 %6.1f ms%n", database, entry.getKey(),
                        percentile(times, 50), percentile(times, 95));
            }
        }
    }

    private static double percentile(List<Double> values, int p) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

}
