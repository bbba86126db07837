package jp.mamori.importing;

import java.util.List;
import java.util.UUID;

/**
 * The answer to an upload: the file's name, the plan (null when the file could not be read), the problems, and the
 * id under which a valid upload waits for its confirmation (null otherwise). Immutable.
 *
 * @param <P> the module's plan
 */
public record ImportPreview<P extends ImportPlan>(String fileName, P plan, List<RowProblem> problems, UUID uploadId) {

    public ImportPreview {
        problems = List.copyOf(problems);
    }

    static <P extends ImportPlan> ImportPreview<P> unreadable(String fileName, RowProblem problem) {
        return new ImportPreview<>(fileName, null, List.of(problem), null);
    }

    /** Whether the file could be read at all (an unreadable file is answered with 422). */
    public boolean readable() {
        return plan != null;
    }

    public boolean valid() {
        return plan != null && plan.valid();
    }
}
