package jp.mamori.sanitizer.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Where the outside mail corpus (mime4j's test mails, which nobody here wrote) lives: in the {@code shared/}
 * folder beside the repository ({@code <repo>/../shared/corpus/mime4j}), or where {@code MAMORI_SHARED} points.
 * Never an absolute path of one machine. When it is missing a test skips on a developer's machine, but fails
 * under {@code CI=true}: a green CI must mean the corpus was read.
 */
final class OutsideCorpus {

    private OutsideCorpus() {
    }

    /** The corpus directory for a test run whose working directory is {@code moduleDir} (Surefire: the module). */
    static Path locate(Path moduleDir, Map<String, String> env) {
        String shared = env.get("MAMORI_SHARED");
        Path root = shared != null && !shared.isBlank()
                ? Path.of(shared)
                : moduleDir.toAbsolutePath().normalize().getParent().resolveSibling("shared");
        return root.resolve("corpus").resolve("mime4j");
    }

    /** The corpus directory, or a failure (CI) / skip (elsewhere) that says where it was looked for. */
    static Path require(Path moduleDir, Map<String, String> env) {
        Path dir = locate(moduleDir, env);
        if (!Files.isDirectory(dir)) {
            String message = "the outside mail corpus is missing: looked in " + dir
                    + " (set MAMORI_SHARED to the shared/ folder)";
            if ("true".equals(env.get("CI"))) {
                throw new AssertionFailedError(message);
            }
            Assumptions.abort(message);
        }
        return dir;
    }

    static Path require() {
        return require(Path.of(""), System.getenv());
    }
}
