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

    @Test
    void everyStepRanOnceInOrderAsTheSystemActorAndARestartAddsNothing() {
        var expected = List.of("system:demo:organization.demo.loaded", "system:demo:asset.demo.loaded",
                "system:demo:catalog.demo.loaded", "system:demo:policy.demo.loaded",
                "system:demo:acknowledgement.demo.loaded");
        assertThat(demoEntries()).containsExactlyElementsOf(expected);
        long assets = jdbc.sql("SELECT COUNT(*) FROM information_asset").query(Long.class).single();

        runner.run(new DefaultApplicationArguments());

        assertThat(demoEntries()).containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant WHERE code = ?").param(DemoTown.CODE.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_asset").query(Long.class).single()).isEqualTo(assets);
    }
}
