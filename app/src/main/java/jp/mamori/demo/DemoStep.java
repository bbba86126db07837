package jp.mamori.demo;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One module's share of the demo data, declared as a bean. The {@link DemoRunner} calls {@link #load} once the town
 * exists and the steps named in {@link #after} have run, inside a transaction of its own, as
 * {@code Actor.system("demo")}, and only when {@link #alreadyLoaded} says no — so a restart, or a step that failed
 * last time, loads nothing twice. A step writes its own trail entry.
 */
public interface DemoStep {

    /** A short unique name, by convention the module's, that other steps may name in {@link #after}. */
    String name();

    /** The names of the steps whose data this one needs; those run first. */
    default Set<String> after() {
        return Set.of();
    }

    /** True when the town already holds this step's data (its table is not empty for the town). */
    boolean alreadyLoaded(DemoTown town);

    /** Loads the data in the caller's transaction. */
    void load(DemoTown town);

    /**
     * The usual {@link #alreadyLoaded}: whether the town has a row in the step's own table.
     *
     * @param table a table name from the module's own code, never from input
     */
    static boolean anyRow(JdbcClient jdbc, String table, DemoTown town) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?").param(town.tenantId())
                .query(Long.class).single() > 0;
    }
}
