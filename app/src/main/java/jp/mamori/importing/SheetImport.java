package jp.mamori.importing;

import java.util.UUID;

import jp.mamori.web.ImportSheet;

/**
 * One register that imports from XLSX/CSV: what a module implements to use the {@link Imports} pipeline.
 * Implementations are Spring beans and thread-safe.
 *
 * @param <P> the module's plan
 */
public interface SheetImport<P extends ImportPlan> {

    /** Names the import in the pending-upload store, for example {@code asset.register}; at most 60 characters. */
    String kind();

    /** The largest upload accepted, in bytes. */
    default int maxBytes() {
        return 20 * 1024 * 1024;
    }

    /** The most data rows accepted. */
    default int maxRows() {
        return 100_000;
    }

    /**
     * The key of this register's wording of one of the pipeline's own messages ({@code importing.conflict},
     * {@code importing.unreadable.tooLarge}, …), with the same arguments; the pipeline's by default.
     */
    default String wording(String pipelineKey) {
        return pipelineKey;
    }

    /** Checks every row against the tenant's data and plans the changes; writes nothing. */
    P plan(UUID tenantId, ImportSheet.Sheet sheet);

    /**
     * Writes a valid plan, with its trail entry, inside the pipeline's transaction: if anything fails, nothing of it
     * stays.
     */
    void apply(UUID tenantId, P plan, String fileName);
}
