package jp.mamori.catalog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.TableExport;
import jp.mamori.web.Wareki;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Measures, for the demo 久米南町, the coverage of the measures standard (chapters and basic-policy clauses, computed
 * from the catalogue and the tenant's statement of applicability), the coverage page rendered through MockMvc (with
 * its two SVG charts), the committee's XLSX report and the statement of applicability as XLSX: median and p95 of 20
 * runs after 10 warm-up runs each. The app runs on a fresh database (in-memory H2, or a fresh schema on the local
 * PostgreSQL). Not a test: a main class on the test class path. Command: see docs/performance.md.
 *
 * <p>Arguments: the databases ({@code h2}, {@code postgres}; default {@code h2}).
 */
public final class CoverageBenchmark {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int WARM_UP = 10;
    private static final int RUNS = 20;

    private CoverageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var results = new ArrayList<String>();
        for (var database : args.length > 0 ? List.of(args) : List.of("h2")) {
            System.setProperty(TestDatabase.SELECTOR, database);
            System.setProperty("mamori.demo", "true");
            System.setProperty("server.port", "0");
            System.setProperty("logging.level.root", "WARN");
            System.setProperty("spring.main.banner-mode", "off");
            System.setProperty("mamori.data-dir", System.getProperty("java.io.tmpdir") + "/mamori-coverage-" + UUID.randomUUID());
            try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
                results.addAll(measure(context, database));
            }
        }
        System.out.println();
        results.forEach(System.out::println);
    }

    private static List<String> measure(ConfigurableApplicationContext context, String database) throws Exception {
        var tenants = context.getBean(Tenants.class);
        var tenant = tenants.findByCode(new LocalGovernmentCode("336661")).orElseThrow();
        var statement = context.getBean(StatementOfApplicability.class);
        var catalogue = context.getBean(MeasureCatalogue.class);
        var evidence = context.getBean(MeasureEvidence.class);
        var export = context.getBean(StatementExport.class);
        var wording = context.getBean(Wording.class);
        var wareki = context.getBean(Wareki.class);
        var coverage = statement.coverage(tenant.id());
        var results = new ArrayList<String>();
        results.add(String.format(Locale.ROOT, "%s demo %s: %d measures, %d chapters, %d basic-policy clauses, %d applicable, %d implemented",
                database, tenant.name(), coverage.total().measures(), coverage.chapters().size(), coverage.seedClauses().size(),
                coverage.total().applicable(), coverage.total().implemented()));
        System.out.println(results.get(0));

        // As the page's handler sees it: a signed-in reader of the tenant on this thread, no servlet filters.
        var reader = new CurrentUser(UUID.randomUUID(), null, tenant.id(), "情報 管理者",
                EnumSet.of(Permission.CATALOG_VIEW), true, java.util.Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(reader, null, List.of()));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();

        results.add(time(database, "coverage (Coverage.of over the statement)", () -> statement.coverage(tenant.id())));
        results.add(time(database, "coverage page GET /catalog/coverage (MockMvc)", () -> {
            var response = mvc.perform(get("/catalog/coverage").locale(Locale.JAPANESE)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                throw new IllegalStateException("coverage page: HTTP " + response.getStatus());
            }
            return response.getContentAsByteArray().length;
        }));
        results.add(time(database, "committee XLSX (queries + workbook)", () -> {
            var today = LocalDate.now(JAPAN);
            var subject = new CoverageReport.Subject(tenant.name(), today, java.time.ZoneId.of("Asia/Tokyo"), catalogue.current(), statement.coverage(tenant.id()),
                    statement.entries(tenant.id()), evidence.counts(tenant.id()), statement.units(tenant.id()));
            var out = new ByteArrayOutputStream();
            CoverageReport.write(subject, wording, wareki, out);
            return out.size();
        }));
        results.add(time(database, "statement of applicability XLSX", () -> {
            var out = new ByteArrayOutputStream();
            StatementExport.TABLE.write(TableExport.ExportFormat.XLSX, export.rows(tenant.id()).stream(), out);
            return out.size();
        }));
        SecurityContextHolder.clearContext();
        return results;
    }

    /** Median and p95 of {@link #RUNS} runs after {@link #WARM_UP}; the size is what the last run returned. */
    private static String time(String database, String what, Callable<Object> work) throws Exception {
        Object last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = work.call();
        }
        var times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var t = System.nanoTime();
            last = work.call();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        var line = String.format(Locale.ROOT, "%s %-48s median %7.1f ms  p95 %7.1f ms%s", database, what,
                times[RUNS / 2 - 1] / 2e6 + times[RUNS / 2] / 2e6, times[(int) Math.ceil(0.95 * RUNS) - 1] / 1e6,
                last instanceof Integer bytes ? String.format(Locale.ROOT, "  (%,d bytes)", bytes) : "");
        System.out.println(line);
        return line;
    }
}
