package jp.mamori;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Before a database test class runs on PostgreSQL, checks that the server answers. Without it the
 * class fails under {@code CI=true} (a test never skips in CI for a missing service) and is skipped with
 * a clear message elsewhere, so that {@code mvn verify} works on a laptop without PostgreSQL.
 */
class PostgresAvailability implements BeforeAllCallback {

    private static volatile String unreachable;
    private static volatile boolean checked;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!TestDatabase.postgres()) {
            return;
        }
        var problem = problem();
        if (problem == null) {
            return;
        }
        var message = "PostgreSQL for the tests is not reachable at " + TestDatabase.postgresUrl() + ": " + problem
                + " — run .ci/run (installs and starts it) or set MAMORI_TEST_PG_URL, or pass -DskipPostgres";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        throw new TestAbortedException(message);
    }

    private static synchronized String problem() {
        if (!checked) {
            try (var connection = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(),
                    System.getenv().getOrDefault("MAMORI_TEST_PG_PASSWORD", ""))) {
                unreachable = null;
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
            checked = true;
        }
        return unreachable;
    }
}
