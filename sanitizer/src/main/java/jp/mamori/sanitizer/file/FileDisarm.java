package jp.mamori.sanitizer.file;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.worker.Disarmed;
import jp.mamori.sanitizer.worker.IsolatedFormat;
import jp.mamori.sanitizer.worker.WorkerPool;

/**
 * Sends each file to the disarm for its detected type, and checks the declared name against that type.
 * Re-entered by {@link ZipDisarm} for every archive entry. Thread-safe (holds only immutable state and the
 * thread-safe pool).
 */
final class FileDisarm {
    private final FileLimits limits;
    private final WorkerPool workers;
    private final ZipDisarm archives;
    private final ImageDisarm images;
    private final TextDisarm texts = new TextDisarm();
    private final RtfDisarm rtf = new RtfDisarm();

    FileDisarm(FileLimits limits, WorkerPool workers) {
        this.limits = limits;
        this.workers = workers;
        this.archives = new ZipDisarm(limits, this);
        this.images = new ImageDisarm(limits);
    }

    Disarmed disarm(byte[] content, String name, int depth, ArchiveBudget budget) {
        try {
            return disarmChecked(content, name, depth, budget);
        } catch (java.io.IOException e) {
            return Disarmed.blocked(FileType.UNKNOWN.mediaType, name, FindingKind.AMBIGUOUS_STRUCTURE,
                    "cannot be read: " + e.getMessage());
        }
    }

    private Disarmed disarmChecked(byte[] content, String name, int depth, ArchiveBudget budget)
            throws java.io.IOException {
        if (content.length > limits.maxFileBytes()) {
            return Disarmed.blocked(FileType.UNKNOWN.mediaType, name, FindingKind.OVER_LIMIT,
                    "file of " + content.length + " bytes is over the limit of " + limits.maxFileBytes());
        }
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(content);
        if (sniffed.type() == FileType.ZIP && ZipContainer.isOfficePackage(content)) {
            sniffed = new ContentSniffer.Sniffed(FileType.OOXML, "an Office Open XML document");
        } else if (sniffed.type() == FileType.ZIP && ZipContainer.isOpenDocument(content)) {
            sniffed = new ContentSniffer.Sniffed(FileType.ODF, "an OpenDocument file");
        }
        String unreadable = UnreadableFormats.named(OutputName.extension(name));
        if (unreadable != null) {
            return Disarmed.blocked(sniffed.type().mediaType, name, FindingKind.UNKNOWN_TYPE, unreadable);
        }
        String declared = OutputName.extension(name);
        if (sniffed.type() == FileType.TEXT && OutputName.EXECUTABLE_EXTENSIONS.contains(declared)) {
            // Text under a script or program name is a script: renaming it would only hide that.
            return Disarmed.blocked(FileType.TEXT.mediaType, name, FindingKind.TYPE_MISMATCH,
                    "text content under an executable or script name (." + declared + ")");
        }
        Disarmed result = switch (sniffed.type()) {
            case PDF -> workers.disarm(IsolatedFormat.PDF, content, name);
            case OLE2 -> workers.disarm(IsolatedFormat.OLE2, content, name);
            case OOXML -> workers.disarm(IsolatedFormat.OOXML, content, name);
            case ODF -> workers.disarm(IsolatedFormat.ODF, content, name);
            case ZIP -> archives.disarm(content, name, depth, budget);
            case PNG, JPEG, GIF, BMP -> images.disarm(content, sniffed.type(), name);
            case TEXT -> texts.disarm(content, name);
            case RTF -> rtf.disarm(content, name);
            case UNKNOWN -> Disarmed.blocked(FileType.UNKNOWN.mediaType, name, FindingKind.UNKNOWN_TYPE,
                    "not an allowed file type (" + sniffed.description() + ")");
        };
        return checkName(result, sniffed, declared, name);
    }

    /** Adds a TYPE_MISMATCH finding when the declared extension disagrees with the content. */
    private static Disarmed checkName(Disarmed result, ContentSniffer.Sniffed sniffed, String declared, String name) {
        if (declared.isEmpty() || agrees(sniffed.type(), declared, result.extension())) {
            return result;
        }
        List<Finding> findings = new ArrayList<>();
        String what = "declared ." + declared + " but the content is " + sniffed.description();
        findings.add(result.isBlocked()
                ? new Finding(name, FindingKind.TYPE_MISMATCH, Action.BLOCKED, what)
                : new Finding(name, FindingKind.TYPE_MISMATCH, Action.CONVERTED,
                        what + "; renamed to ." + result.extension()));
        findings.addAll(result.findings());
        return new Disarmed(result.detectedType(), result.content(), result.mediaType(), result.extension(),
                findings, result.blockReason());
    }

    private static boolean agrees(FileType type, String declared, String produced) {
        if (!type.declaredExtensions.contains(declared)) {
            return false;
        }
        if (type == FileType.ODF && produced != null) {
            return declared.charAt(2) == produced.charAt(2); // t(ext), s(preadsheet), p(resentation)
        }
        if ((type == FileType.OOXML || type == FileType.OLE2) && produced != null) {
            return officeFamily(declared) == officeFamily(produced);
        }
        return true;
    }

    /** w (Word), x (Excel), p (PowerPoint): a .doc name on a workbook is a mismatch. */
    private static char officeFamily(String extension) {
        if (extension.startsWith("do")) {
            return 'w';
        }
        return extension.startsWith("xl") ? 'x' : 'p';
    }
}
