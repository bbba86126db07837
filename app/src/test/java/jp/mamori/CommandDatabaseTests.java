package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 20 finding 8 and issue 19: with the embedded database's URLs of {@code application.yml}, a command reaches
 * the database while the app holds it open, and never creates one where none exists — it says in one line which
 * database it looked for.
 */
class CommandDatabaseTests {

    @TempDir Path dataDir;

    String appUrl;
    String commandUrl;

    @BeforeEach
    void urlsOfTheConfiguration() throws IOException {
        // The default document and the command profile's both set the URL: read them apart.
        var documents = new ArrayList<Properties>();
        try (var in = new ClassPathResource("application.yml").getInputStream()) {
            for (var document : new Yaml().loadAll(in)) {
                var properties = new Properties();
                flatten("", document, properties);
                documents.add(properties);
            }
        }
        appUrl = resolve(documents.get(0).getProperty("spring.datasource.url"));
        commandUrl = resolve(documents.get(1).getProperty("spring.datasource.url"));
        assertThat(documents.get(1).getProperty("spring.config.activate.on-profile")).isEqualTo("command");
    }

    static void flatten(String prefix, Object value, Properties into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, inner, into));
        } else if (value != null) {
            into.setProperty(prefix, value.toString());
        }
    }

    String resolve(String url) {
        return url.replace("${mamori.data-dir}", dataDir.toString());
    }

    /**
     * The app is another process (H2 in one JVM would share the open database and prove nothing): H2's own shell
     * holds the file open, as the running app does, until its input ends.
     */
    @Test
    void aCommandWorksBesideTheRunningApp() throws Exception {
        var h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var app = new ProcessBuilder(javaCommand, "-Dh2.bindAddress=127.0.0.1", "-cp", h2.toString(), "org.h2.tools.Shell",
                "-url", appUrl, "-user", "mamori", "-password", "").redirectErrorStream(true).start();
        try (var input = new java.io.PrintStream(app.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8)) {
            input.println("CREATE TABLE marker (id INT);");
            input.println("INSERT INTO marker VALUES (42);");
            var lock = dataDir.resolve("db/mamori.lock.db");
            var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            Integer seen = null;
            while (seen == null && System.nanoTime() < deadline) {
                if (Files.exists(lock)) {
                    try (var command = DriverManager.getConnection(commandUrl, "mamori", "");
                            var result = command.createStatement().executeQuery("SELECT id FROM marker")) {
                        seen = result.next() ? result.getInt(1) : null;
                    } catch (SQLException notYet) {
                        if (notYet.getMessage().contains("already in use")) {
                            throw notYet; // the failure of issue 19: the command cannot open a database in use
                        }
                    }
                }
                if (seen == null) {
                    Thread.sleep(200);
                }
            }
            assertThat(seen).isEqualTo(42);
            assertThat(app.isAlive()).isTrue();
        } finally {
            app.destroy();
            app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommandNeverCreatesADatabaseAndSaysWhichOneItLookedFor() throws Exception {
        var elsewhere = dataDir.resolve("elsewhere");
        var url = commandUrl.replace(dataDir.toString(), elsewhere.toString());
        assertThatThrownBy(() -> DriverManager.getConnection(url, "mamori", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    var line = CommandLine.failure(new IllegalStateException("context failed",
                            new RuntimeException("pool", e)));
                    assertThat(line).startsWith("error: no Mamori database at " + elsewhere.resolve("db/mamori"))
                            .doesNotContain("\n");
                });
        assertThat(Files.exists(elsewhere.resolve("db/mamori.mv.db"))).isFalse();
    }
}
