package jp.mamori.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.kernel.EditConflict;
import jp.mamori.web.ImportSheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pipeline every register uses: upload → preview (every problem by row and column, or the changes) →
 * confirm. A valid upload waits in the database ({@link PendingUploads}) with the hash of its plan's
 * {@linkplain ImportPlan#basis() basis}; the confirmation reads the same bytes, plans again and applies the plan in
 * one transaction, or refuses: {@link UploadExpired} when the upload is not waiting for this account,
 * {@link ImportInvalid} when the file now has problems, {@link EditConflict} when the data changed since the
 * preview. Thread-safe.
 */
@Service
public class Imports {

    private final PendingUploads uploads;

    Imports(PendingUploads uploads) {
        this.uploads = uploads;
    }

    /** Reads, checks and plans an upload; a valid one is kept for {@link #confirm}. */
    @Transactional
    public <P extends ImportPlan> ImportPreview<P> preview(SheetImport<P> register, UUID tenantId, UUID accountId,
            MultipartFile file) {
        var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        if (file.isEmpty()) {
            return ImportPreview.unreadable(name, RowProblem.ofFile(register.wording("importing.unreadable.empty")));
        }
        if (file.getSize() > register.maxBytes()) {
            return ImportPreview.unreadable(name, RowProblem.ofFile(register.wording("importing.unreadable.tooLarge"),
                    megabytes(register.maxBytes())));
        }
        try {
            return preview(register, tenantId, accountId, name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public <P extends ImportPlan> ImportPreview<P> preview(SheetImport<P> register, UUID tenantId, UUID accountId,
            String fileName, byte[] content) {
        var read = read(register, fileName, content);
        if (read.problem() != null) {
            return ImportPreview.unreadable(fileName, read.problem());
        }
        var plan = register.plan(tenantId, read.sheet());
        UUID uploadId = null;
        if (plan.valid()) {
            uploadId = uploads.store(tenantId, accountId, register.kind(), fileName, content, hash(plan));
        }
        return new ImportPreview<>(fileName, plan, plan.problems(), uploadId);
    }

    /**
     * Applies the upload a preview kept, all or nothing, and deletes it.
     *
     * @throws UploadExpired when no such upload waits for this account in this tenant
     * @throws ImportInvalid when the file has problems now
     * @throws EditConflict when the data the preview was made against changed since
     */
    @Transactional
    public <P extends ImportPlan> P confirm(SheetImport<P> register, UUID tenantId, UUID accountId, UUID uploadId) {
        var pending = uploadId == null ? null
                : uploads.take(tenantId, accountId, register.kind(), uploadId).orElse(null);
        if (pending == null) {
            throw new UploadExpired();
        }
        var plan = plan(register, tenantId, pending.fileName(), pending.content());
        if (!hash(plan).equals(pending.basisHash())) {
            throw new EditConflict(register.kind() + " import " + uploadId);
        }
        register.apply(tenantId, plan, pending.fileName());
        return plan;
    }

    /** Reads and plans a file without keeping it: for checks that need no confirmation (commands, tests). */
    @Transactional(readOnly = true)
    public <P extends ImportPlan> ImportPreview<P> check(SheetImport<P> register, UUID tenantId, String fileName,
            byte[] content) {
        var read = read(register, fileName, content);
        if (read.problem() != null) {
            return ImportPreview.unreadable(fileName, read.problem());
        }
        var plan = register.plan(tenantId, read.sheet());
        return new ImportPreview<>(fileName, plan, plan.problems(), null);
    }

    /** Reads, plans and applies a file in one step (no preview): all or nothing. */
    @Transactional
    public <P extends ImportPlan> P importNow(SheetImport<P> register, UUID tenantId, String fileName, byte[] content) {
        var plan = plan(register, tenantId, fileName, content);
        register.apply(tenantId, plan, fileName);
        return plan;
    }

    private <P extends ImportPlan> P plan(SheetImport<P> register, UUID tenantId, String fileName,
            byte[] content) {
        var read = read(register, fileName, content);
        if (read.problem() != null) {
            throw new ImportInvalid(new UnreadableFile(read.problem()));
        }
        var plan = register.plan(tenantId, read.sheet());
        if (!plan.valid()) {
            throw new ImportInvalid(plan);
        }
        return plan;
    }

    /** The plan of a file that could not be read: its one problem. */
    private record UnreadableFile(RowProblem problem) implements ImportPlan {
        @Override
        public int rows() {
            return 0;
        }

        @Override
        public java.util.List<RowProblem> problems() {
            return java.util.List.of(problem);
        }

        @Override
        public int changed() {
            return 0;
        }

        @Override
        public int unchanged() {
            return 0;
        }

        @Override
        public String basis() {
            return "";
        }
    }

    private record Read(ImportSheet.Sheet sheet, RowProblem problem) {
    }

    private static Read read(SheetImport<?> register, String fileName, byte[] content) {
        ImportSheet.Sheet sheet;
        try {
            sheet = ImportSheet.read(content, fileName);
        } catch (ImportSheet.Unreadable e) {
            return new Read(null, RowProblem.ofFile(register.wording("importing.unreadable."
                    + e.reason().name().toLowerCase(Locale.ROOT))));
        }
        if (sheet.header().isEmpty()) {
            return new Read(null, RowProblem.ofFile(register.wording("importing.unreadable.empty")));
        }
        if (sheet.rows().size() > register.maxRows()) {
            return new Read(null, RowProblem.ofFile(register.wording("importing.unreadable.tooManyRows"),
                    register.maxRows()));
        }
        return new Read(sheet, null);
    }

    private static String hash(ImportPlan plan) {
        return ImportSheet.sha256(plan.basis().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String megabytes(int bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }
}
