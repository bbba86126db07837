package jp.mamori.sanitizer.file;

import java.time.Duration;
import jp.mamori.sanitizer.FileLimits;

/** One engine for all file tests in a JVM: worker processes are expensive to start. */
final class FileEngineTestSupport {
    static final FileLimits LIMITS = FileLimits.strict().withWorkers(2, 256, Duration.ofSeconds(60));
    private static FileEngine engine;

    private FileEngineTestSupport() {
    }

    static synchronized FileEngine engine() {
        if (engine == null) {
            engine = new FileEngine(LIMITS);
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }
}
