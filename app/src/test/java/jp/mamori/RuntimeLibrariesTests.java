package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Issue 20, finding 9: the packaged jar ships exactly the libraries of {@code runtime-libraries.txt}. It reads
 * {@code target/mamori-app.jar}, so Maven runs it in the {@code package} phase after the jar is built (execution
 * {@code runtime-libraries} in app/pom.xml), not with the other tests; run alone after
 * {@code mvn -o -pl app package -DskipTests}. Without the jar it fails, never skips.
 */
class RuntimeLibrariesTests {

    static final Path JAR = Path.of("target/mamori-app.jar");
    private static final Pattern LIBRARY = Pattern.compile("BOOT-INF/lib/(.*?)-(\\d+)[^/]*\\.jar");

    @Test
    void thePackagedJarShipsOnlyTheAllowedLibraries() throws IOException {
        assertThat(JAR).as("build the jar first: mvn -o -pl app package -DskipTests").exists();
        var shipped = new TreeSet<String>();
        try (var jar = new ZipFile(JAR.toFile())) {
            jar.stream().forEach(entry -> {
                var matcher = LIBRARY.matcher(entry.getName());
                if (matcher.matches()) {
                    shipped.add(matcher.group(1) + ":" + matcher.group(2));
                }
            });
        }
        assertThat(shipped).as("libraries in %s against runtime-libraries.txt", JAR).containsExactlyInAnyOrderElementsOf(allowed());
        assertThat(shipped).noneMatch(name -> name.startsWith("archunit") || name.startsWith("swagger-ui")
                || name.startsWith("spring-modulith-core"));
    }

    static Set<String> allowed() throws IOException {
        try (var in = RuntimeLibrariesTests.class.getResourceAsStream("/runtime-libraries.txt")) {
            var allowed = new TreeSet<String>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(allowed::add);
            return allowed;
        }
    }
}
