package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code MAMORI_DEMO=false} loads nothing: no runner, no tenant, no demo trail entry, though the steps exist. */
// A base URL of its own gives this test a context and so a database of its own: other contexts with the demo off
// register tenants of their own, which would hide a tenant the demo wrongly created.
@SpringBootTest(properties = {"mamori.demo=false", "mamori.base-url=http://demo-switch.test.example"})
class DemoSwitchTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsNothingWhenSwitchedOff() {
        assertThat(context.getBeansOfType(DemoRunner.class)).isEmpty();
        assertThat(context.getBeansOfType(DemoStep.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(tenants.none()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action LIKE '%.demo.loaded'").query(Long.class)
                .single()).isZero();
    }
}
