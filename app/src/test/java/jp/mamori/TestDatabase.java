package jp.mamori;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own: a fresh in-memory H2 by default, or a fresh
 * schema on a real PostgreSQL server when the system property {@code mamori.test.db=postgres} is set
 * (Maven's {@code postgres} test run, see app/pom.xml). The server is {@code MAMORI_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/mamori_test}). When it cannot be reached the context
 * fails to start, so a test never passes or skips without its database.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SELECTOR = "mamori.test.db";

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(SELECTOR));
    }

    public static String postgresUrl() {
        var url = System.getenv("MAMORI_TEST_PG_URL");
        return url != null && !url.isBlank() ? url : "jdbc:postgresql://127.0.0.1:5432/mamori_test";
    }

    public static String postgresUser() {
        var user = System.getenv("MAMORI_TEST_PG_USER");
        return user != null && !user.isBlank() ? user : "postgres";
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> properties;
        if (postgres()) {
            createSchema(name);
            properties = Map.of(
                    "spring.datasource.url", postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "spring.datasource.username", postgresUser(),
                    "spring.datasource.password", System.getenv().getOrDefault("MAMORI_TEST_PG_PASSWORD", ""),
                    "spring.flyway.schemas", name,
                    "spring.datasource.hikari.maximum-pool-size", "4",
                    // Spring keeps every test context (and its pool) until the JVM ends: a context not in use gives its
                    // connections back, or thirty cached contexts exhaust PostgreSQL's 100 connection slots.
                    "spring.datasource.hikari.minimum-idle", "0",
                    "spring.datasource.hikari.idle-timeout", "10000");
        } else {
            properties = Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "",
                    "spring.datasource.hikari.maximum-pool-size", "4");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mamoriTestDatabase", properties));
    }

    /** Where a test without Spring (a migration test) gets a fresh database of its own, as this run selects. */
    public record Fresh(String url, String user, String password, String schema) {
    }

    public static Fresh fresh() {
        var name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (postgres()) {
            createSchema(name);
            return new Fresh(postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name,
                    postgresUser(), System.getenv().getOrDefault("MAMORI_TEST_PG_PASSWORD", ""), name);
        }
        return new Fresh("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1", "sa", "", null);
    }

    private static void createSchema(String schema) {
        try (var connection = DriverManager.getConnection(postgresUrl(), postgresUser(),
                System.getenv().getOrDefault("MAMORI_TEST_PG_PASSWORD", ""));
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + postgresUrl()
                    + " (set MAMORI_TEST_PG_URL, or run .ci/run which installs and starts it): " + e.getMessage(), e);
        }
    }
}
