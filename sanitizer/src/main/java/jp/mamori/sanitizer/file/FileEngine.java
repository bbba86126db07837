package jp.mamori.sanitizer.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.sanitizer.ContentType;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Report;
import jp.mamori.sanitizer.UnpackedFile;
import jp.mamori.sanitizer.worker.Disarmed;
import jp.mamori.sanitizer.worker.IsolatedFormat;
import jp.mamori.sanitizer.worker.WorkerPool;

/**
 * The file side of the sanitising engine (ファイル無害化): recognises a file by its content, rebuilds it
 * without active content and reports every object it acted upon.
 *
 * <p>Allow-list: PDF (re-rendered to images), OOXML (macro-free package), OpenDocument (odt/ods/odp without
 * macros, objects, event listeners and outside links), legacy OLE2 Office (macros and embedded objects removed),
 * RTF, PNG/JPEG/GIF/BMP (re-encoded), text/CSV (re-encoded as UTF-8) and ZIP (each entry disarmed, archive
 * rebuilt). Anything else is blocked, formats known to be unreadable here (一太郎, Hangul, Apple iWork) with a
 * reason that names them. PDF and Office files are parsed only in worker processes; this JVM never parses them.
 *
 * <p>Thread-safe: one engine serves many threads; at most {@link FileLimits#workerCount()} PDF or Office
 * items run at once. Never throws for hostile input: a file that cannot be made safe comes back as a blocked
 * {@link FileResult} with a reason (fail-closed). Close it to stop its worker processes.
 */
public final class FileEngine implements AutoCloseable {
    private final FileLimits limits;
    private final WorkerPool workers;
    private final FileDisarm disarm;

    public FileEngine(FileLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.workers = new WorkerPool(limits);
        this.disarm = new FileDisarm(limits, workers);
    }

    /** What the content's first bytes say it is, by the same rules the disarm uses; see {@link ContentType#of}. */
    public static ContentType recognise(byte[] head) {
        return ContentSniffer.sniff(head).contentType();
    }

    /**
     * Disarms one file.
     *
     * @param content the file's bytes; null is treated as an empty file
     * @param declaredName the name the sender gave it, or null; used only to name the output and to report a
     *     mismatch with the content, never to choose the format
     * @return a new file and its report, or a blocked result; never null
     */
    public FileResult sanitise(byte[] content, String declaredName) {
        String name = OutputName.clean(declaredName);
        byte[] bytes = content == null ? new byte[0] : content;
        Disarmed result;
        try {
            result = disarm.disarm(bytes, name, 0,
                    new ArchiveBudget(limits.maxArchiveEntries(), limits.maxExpandedBytes()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Whatever slipped past a reader's own checks still fails closed.
            result = Disarmed.blocked("application/octet-stream", name, FindingKind.PROCESSING_FAILURE,
                    "cannot be processed safely: " + e.getClass().getSimpleName());
        }
        if (result.isBlocked()) {
            return FileResult.blocked(name, Report.blocked(result.detectedType(), result.findings(),
                    result.blockReason()));
        }
        return new FileResult(result.content(), OutputName.withExtension(name, result.extension()),
                result.mediaType(), Report.passed(result.detectedType(), result.findings()));
    }

    /** Stops the worker processes. Later calls to {@link #sanitise} block everything that needs a worker. */
    /**
     * Opens Outlook's winmail.dat (TNEF) in a worker process and returns the files inside, in order, not yet
     * disarmed: the caller hands each to its attachment policy like any other attachment.
     *
     * @throws IOException when the container cannot be opened safely (unreadable, over a limit, a worker
     *     failure); the caller removes it
     */
    public List<UnpackedFile> unpackTnef(byte[] winmail) throws IOException {
        Disarmed opened = workers.disarm(IsolatedFormat.TNEF, winmail == null ? new byte[0] : winmail, "winmail.dat");
        if (opened.isBlocked()) {
            throw new IOException(opened.blockReason());
        }
        List<UnpackedFile> files = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(opened.content()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (files.size() >= limits.maxArchiveEntries()) {
                    throw new IOException("more than " + limits.maxArchiveEntries() + " files in winmail.dat");
                }
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                files.add(new UnpackedFile(name, zip.readNBytes((int) Math.min(limits.maxExpandedBytes(), Integer.MAX_VALUE - 8))));
            }
        }
        return List.copyOf(files);
    }

    @Override
    public void close() {
        workers.close();
    }
}
