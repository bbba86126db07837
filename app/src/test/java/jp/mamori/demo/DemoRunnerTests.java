package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On start every module's demo step has loaded the town once, as the system actor; a restart loads nothing again. */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
class DemoRunnerTests {

    @Autowired
    DemoRunner runner;
    @Autowired
    JdbcClient jdbc;

    private List<String> demoEntries() {
        return jdbc.sql("SELECT actor_kind || ':' || actor_id || ':' || action FROM trail_entry"
                + " WHERE action LIKE '%.demo.loaded' ORDER BY seq").query(String.class).list();
    }

    @Autowired
    List<DemoStep> steps;

    @Test
    void everyStepRanOnceInOrderAsTheSystemActorAndARestartAddsNothing() {
        var entries = demoEntries();
        assertThat(entries).doesNotHaveDuplicates().allSatisfy(e -> assertThat(e).startsWith("system:demo:"));
        // The first modules' steps in the order their data needs, whatever later modules add between them.
        assertThat(entries).containsSubsequence("system:demo:organization.demo.loaded", "system:demo:asset.demo.loaded",
                "system:demo:catalog.demo.loaded", "system:demo:policy.demo.loaded",
                "system:demo:acknowledgement.demo.loaded");
        // Every step that wrote its entry ran after the steps it names in after().
        for (var step : steps) {
            int at = entries.indexOf("system:demo:" + step.name() + ".demo.loaded");
            if (at >= 0) {
                for (var before : step.after()) {
                    int needed = entries.indexOf("system:demo:" + before + ".demo.loaded");
                    assertThat(needed).as("%s needs %s first", step.name(), before).isBetween(-1, at - 1);
                }
            }
        }
        long assets = jdbc.sql("SELECT COUNT(*) FROM information_asset").query(Long.class).single();

        runner.run(new DefaultApplicationArguments());

        assertThat(demoEntries()).containsExactlyElementsOf(entries);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant WHERE code = ?").param(DemoTown.CODE.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_asset").query(Long.class).single()).isEqualTo(assets);
    }
}
