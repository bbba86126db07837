package jp.mamori.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.access.Actor;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.TenantRegistration;
import jp.mamori.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo town on start with {@code mamori.demo=true} (never in the {@code command} profile): registers
 * 久米南町 when the installation has no tenant at all, then runs every {@link DemoStep} in dependency order. Does
 * nothing when other tenants exist but not the town. It is the demo's only start hook: an {@link ApplicationRunner}
 * that goes before every other runner, so that everything run on {@code ApplicationReadyEvent} finds the town loaded.
 */
@Component
@Profile("!command")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@ConditionalOnProperty(name = "mamori.demo", havingValue = "true")
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    private static final Actor DEMO = Actor.system("demo");

    private final Tenants tenants;
    private final TenantRegistration registration;
    private final List<DemoStep> steps;
    private final TransactionTemplate transaction;

    DemoRunner(Tenants tenants, TenantRegistration registration, List<DemoStep> steps,
            TransactionTemplate transaction) {
        this.tenants = tenants;
        this.registration = registration;
        this.steps = ordered(steps);
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.none()) {
            DEMO.runAs(() -> transaction.executeWithoutResult(status -> registration.register("久米南町",
                    "くめなんちょう", "Kumenan Town", DemoTown.CODE, ClassificationScheme.R6_10, SeparationModel.ALPHA,
                    false)));
        }
        var found = tenants.findByCode(DemoTown.CODE);
        if (found.isEmpty()) {
            return;
        }
        var town = new DemoTown(found.get().id(), found.get().separationModel());
        for (var step : steps) {
            if (!step.alreadyLoaded(town)) {
                DEMO.runAs(() -> transaction.executeWithoutResult(status -> step.load(town)));
                log.info("Demo data of 久米南町 loaded: {}", step.name());
            }
        }
    }

    /**
     * The steps so that each comes after those it names, ties by name. A name that no step carries is ignored (a
     * test context may hold only some modules); a cycle is a programming error.
     */
    static List<DemoStep> ordered(List<DemoStep> steps) {
        var waiting = new LinkedHashMap<String, DemoStep>();
        steps.stream().sorted(Comparator.comparing(DemoStep::name)).forEach(s -> {
            if (waiting.put(s.name(), s) != null) {
                throw new IllegalStateException("two demo steps are named " + s.name());
            }
        });
        Map<String, DemoStep> known = Map.copyOf(waiting);
        var ordered = new ArrayList<DemoStep>();
        while (!waiting.isEmpty()) {
            var next = waiting.values().stream()
                    .filter(s -> s.after().stream().noneMatch(name -> known.containsKey(name) && waiting.containsKey(name)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo steps wait for each other: " + waiting.keySet()));
            ordered.add(next);
            waiting.remove(next.name());
        }
        return List.copyOf(ordered);
    }
}
