package jp.mamori.inspection;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jp.mamori.MamoriApplication;
import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.campaign.CampaignEngine;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.test.web.servlet.setup.SharedHttpSessionConfigurer;
import org.springframework.web.context.WebApplicationContext;

/**
 * A large city's self-inspection: 20,000 staff (added to the demo town's units) and a question set of 100 questions.
 * Measures how long starting the campaign takes (the snapshot: one item per person), then the progress page
 * ({@code GET /inspections/campaigns/{id}} through MockMvc, the results chart included) while sheets of 100 answers
 * arrive at 50 per second from another thread: median and p95 of the page. Not a test: a main class on the test
 * class path; command in docs/performance.md.
 *
 * <p>Arguments: the database ({@code h2} or {@code postgres}), the number of staff (20000), the page samples (60).
 */
public final class InspectionBenchmark {

    private InspectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var database = args.length > 0 ? args[0] : "h2";
        var people = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var samples = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        System.setProperty(TestDatabase.SELECTOR, database);
        System.setProperty("mamori.demo", "true");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("spring.main.banner-mode", "off");
        System.setProperty("mamori.data-dir", System.getProperty("java.io.tmpdir") + "/mamori-inspection-" + UUID.randomUUID());
        try (var context = new SpringApplicationBuilder(MamoriApplication.class).run()) {
            var jdbc = context.getBean(JdbcClient.class);
            var inspections = context.getBean(Inspections.class);
            var sets = context.getBean(QuestionSets.class);
            var engine = context.getBean(CampaignEngine.class);
            var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
            var units = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ?").param(tenant).query(UUID.class).list();
            var today = inspections.today(tenant);

            long t0 = System.nanoTime();
            var staff = new ArrayList<UUID>();
            for (int i = 0; i < people; i++) {
                var id = UUID.randomUUID();
                var unit = units.get(i % units.size());
                jdbc.sql("""
                        INSERT INTO staff (id, tenant_id, staff_number, name, name_kana, kind, unit_id, email, active_from,
                            active_to, version) VALUES (?, ?, ?, ?, ?, 'REGULAR', ?, NULL, ?, NULL, 0)""")
                        .params(id, tenant, String.format("B%06d", i), "職員 " + i, "しょくいん", unit,
                                Date.valueOf(today.minusYears(1))).update();
                jdbc.sql("""
                        INSERT INTO staff_membership (id, tenant_id, staff_id, unit_id, post, starts_on, ends_on, batch_id)
                        VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL)""")
                        .params(id, tenant, id, unit, Date.valueOf(today.minusYears(1))).update();
                staff.add(id);
            }
            System.out.printf(Locale.ROOT, "%s: %d staff added in %.1f s%n", database, people, (System.nanoTime() - t0) / 1e9);

            var questions = new ArrayList<Question>();
            for (int q = 1; q <= 100; q++) {
                questions.add(new Question(UUID.randomUUID(), q, "MIC-STD-" + (1 + q % 10), null, "点検項目 " + q));
            }
            var system = Actor.system("benchmark");
            var setId = system.callAs(() -> sets.insert(tenant, "100問の点検項目", questions, java.time.Instant.now()));
            var campaign = system.callAs(() -> inspections.createCampaign(tenant, "大規模自己点検", setId, Set.of(),
                    today.plusWeeks(3)));
            long s0 = System.nanoTime();
            int asked = system.callAs(() -> inspections.start(tenant, campaign, 0));
            double startSeconds = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: campaign of %d respondents x %d questions started in %.2f s%n", database,
                    asked, questions.size(), startSeconds);

            // Answers arrive at 50 sheets per second (100 answers each), saved and submitted as a respondent would.
            var items = engine.items(tenant, campaign);
            var next = new AtomicInteger();
            var arrivals = Executors.newSingleThreadScheduledExecutor();
            arrivals.scheduleAtFixedRate(() -> {
                var item = items.get(next.getAndIncrement() % items.size());
                var user = new CurrentUser(UUID.randomUUID(), item.staffId(), tenant, "職員", Set.of(), false, Set.of());
                var entries = questions.stream().map(q -> new Inspections.Entry(q.id(),
                        Answer.values()[(q.position() + item.staffId().hashCode()) & 3].name(), "")).toList();
                try {
                    system.runAs(() -> inspections.save(user, campaign, -1, entries, true));
                } catch (RuntimeException e) {
                    System.err.println("arrival failed: " + e);
                }
            }, 0, 20, TimeUnit.MILLISECONDS);

            var manager = new CurrentUser(UUID.randomUUID(), null, tenant, "統括", EnumSet.of(Permission.INSPECTION_MANAGE),
                    true, Set.of());
            var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                    .apply(SharedHttpSessionConfigurer.sharedHttpSession()).build();
            var auth = authentication(new UsernamePasswordAuthenticationToken(manager, null, List.of()));
            var times = new ArrayList<Double>();
            int bytes = 0;
            for (int i = 0; i < samples + 10; i++) {
                long p0 = System.nanoTime();
                var result = mvc.perform(get("/inspections/campaigns/" + campaign).with(auth)).andReturn();
                double ms = (System.nanoTime() - p0) / 1e6;
                if (result.getResponse().getStatus() != 200) {
                    throw new IllegalStateException("progress page answered " + result.getResponse().getStatus());
                }
                bytes = result.getResponse().getContentAsByteArray().length;
                if (i >= 10) {
                    times.add(ms);
                }
            }
            arrivals.shutdown();
            arrivals.awaitTermination(10, TimeUnit.SECONDS);
            times.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%s: progress page while %d sheets arrived at 50/s: median %.0f ms, p95 %.0f ms,"
                    + " max %.0f ms, %d KB%n", database, next.get(), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1), bytes / 1024);
        }
    }
}
