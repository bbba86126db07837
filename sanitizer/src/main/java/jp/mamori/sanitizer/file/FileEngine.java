package jp.mamori.sanitizer.file;

import java.util.List;
import java.util.Objects;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Report;

/**
 * The file side of the sanitising engine: disarms one file and says what it did.
 *
 * <p>Thread-safe. Never throws for hostile input: anything it cannot make safe comes back as a blocked
 * {@link FileResult} with a reason (fail-closed). Close it to stop its worker processes.
 */
public final class FileEngine implements AutoCloseable {
    private final FileLimits limits;

    public FileEngine(FileLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Disarms one file.
     *
     * @param content the file's bytes
     * @param declaredName the name the sender gave it; used only to name the output and to report a
     *     mismatch, never to choose the format
     */
    public FileResult sanitise(byte[] content, String declaredName) {
        String name = declaredName == null || declaredName.isBlank() ? "file" : declaredName;
        Report report = Report.blocked("application/octet-stream",
                List.of(new Finding(name, FindingKind.UNKNOWN_TYPE, Action.BLOCKED, "not yet supported")),
                "unsupported type");
        return FileResult.blocked(name, report);
    }

    @Override
    public void close() {
    }
}
