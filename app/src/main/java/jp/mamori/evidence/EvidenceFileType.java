package jp.mamori.evidence;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.mamori.sanitizer.ContentType;

/**
 * The kinds of evidence file accepted: an allow-list by extension, each with the content it must really hold, as
 * the sanitiser recognises it from the first bytes (so that a renamed executable, or text under a PDF name, is
 * refused), and the media type it is served as (never the type the browser sent). Stateless.
 */
enum EvidenceFileType {
    PDF("pdf", "application/pdf", ContentType.Kind.PDF),
    PNG("png", "image/png", ContentType.Kind.PNG),
    JPEG("jpg", "image/jpeg", ContentType.Kind.JPEG),
    JPEG_LONG("jpeg", "image/jpeg", ContentType.Kind.JPEG),
    GIF("gif", "image/gif", ContentType.Kind.GIF),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ContentType.Kind.ZIP),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ContentType.Kind.ZIP),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ContentType.Kind.ZIP),
    XLS("xls", "application/vnd.ms-excel", ContentType.Kind.OLE2),
    DOC("doc", "application/msword", ContentType.Kind.OLE2),
    CSV("csv", "text/csv", ContentType.Kind.TEXT),
    TXT("txt", "text/plain", ContentType.Kind.TEXT);

    /** How many leading bytes the check reads. */
    static final int HEAD = 4096;

    private final String extension;
    private final String mediaType;
    private final ContentType.Kind content;

    EvidenceFileType(String extension, String mediaType, ContentType.Kind content) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.content = content;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The accepted extensions, in the order the upload form lists them. */
    static List<String> extensions() {
        return Arrays.stream(values()).map(EvidenceFileType::extension).toList();
    }

    /** The type for a file name's extension, if it is on the allow-list. */
    static Optional<EvidenceFileType> of(String fileName) {
        var dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        var ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** Whether the content, as recognised from its first bytes, is what this type must hold. */
    boolean fits(ContentType recognised) {
        return recognised.kind() == content;
    }

    /**
     * The name to show and offer on download: the last path segment of what the browser sent, normalised,
     * without control characters (NUL included), at most 200 characters. It is never used as a path.
     */
    static String displayName(String sent) {
        var name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "evidence" : name;
    }
}
