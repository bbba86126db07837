package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No secret is kept in the repository (security target S29): no private key, no cloud access key, no
 * password or token written into configuration. Keys are made at first start under the data directory.
 */
class NoSecretsInRepositoryTests {

    /** In every file: a key with its body (not merely the header a test compares with), cloud and API keys. */
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----\\s*[A-Za-z0-9+/=]{40,}"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bmmr_[A-Za-z0-9_-]{20,}"));

    /** In configuration only: a password, secret or token given a literal value instead of a ${placeholder}. */
    private static final Pattern CONFIGURED_SECRET =
            Pattern.compile("(?im)^\\s*[\\w.-]*(password|secret|token)[\\w.-]*\\s*[:=][ \\t]*[\"']?[^\\s\"'$#{}]{6,}");

    private static final Set<String> SKIPPED = Set.of("target", ".git", "data", "node_modules", "corpus", "fuzz-regressions");
    private static final Set<String> CHECKED = Set.of(".java", ".properties", ".yml", ".yaml", ".xml", ".sql", ".md",
            ".html", ".sh", ".txt", ".json", ".env", "run");

    @Test
    void noFileOfTheRepositoryHoldsASecret() throws IOException {
        var root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(".ci/run"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root (the folder with .ci/run)").isNotNull();
        var findings = new ArrayList<String>();
        var checked = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : (Iterable<Path>) files.filter(Files::isRegularFile).filter(this::checked)::iterator) {
                if (isSkipped(root.relativize(file))) {
                    continue;
                }
                checked++;
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                var patterns = new ArrayList<>(SECRETS);
                if (isConfiguration(root.relativize(file))) {
                    patterns.add(CONFIGURED_SECRET);
                }
                for (var secret : patterns) {
                    var matcher = secret.matcher(text);
                    if (matcher.find()) {
                        findings.add(root.relativize(file) + ": " + matcher.group().strip());
                    }
                }
            }
        }
        assertThat(checked).as("files checked").isGreaterThan(100);
        assertThat(findings).as("secrets in the repository").isEmpty();
    }

    private boolean checked(Path file) {
        var name = file.getFileName().toString();
        return CHECKED.stream().anyMatch(name::endsWith);
    }

    private static boolean isConfiguration(Path relative) {
        var name = relative.getFileName().toString();
        return !relative.toString().contains("i18n") && (name.startsWith("application") || name.endsWith(".env")
                || name.equals("run") || name.endsWith(".sh"));
    }

    private static boolean isSkipped(Path relative) {
        for (var part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        // This test names the patterns it looks for.
        return relative.endsWith("NoSecretsInRepositoryTests.java");
    }
}
