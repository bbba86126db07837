package jp.mamori.catalog;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file accepted: an allow-list by extension, each with the bytes its content must start
 * with (so that a renamed executable is refused) and the media type it is served as (never the type the browser
 * sent). Text files (CSV, TXT) must hold no NUL byte (UTF-8 or Shift_JIS text passes, a binary does not). Stateless.
 */
enum EvidenceFileType {
    PDF("pdf", "application/pdf", bytes("%PDF-")),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    JPEG_LONG("jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("gif", "image/gif", bytes("GIF8")),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4}),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            new byte[] {'P', 'K', 3, 4}),
    XLS("xls", "application/vnd.ms-excel", ole()),
    DOC("doc", "application/msword", ole()),
    CSV("csv", "text/csv", null),
    TXT("txt", "text/plain", null);

    /** How many leading bytes the check reads. */
    static final int HEAD = 4096;

    private final String extension;
    private final String mediaType;
    private final byte[] magic;

    EvidenceFileType(String extension, String mediaType, byte[] magic) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.magic = magic;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type for a file name's extension, if it is on the allow-list. */
    static Optional<EvidenceFileType> of(String fileName) {
        var dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        var ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    /** Whether the content's first bytes fit the type. */
    boolean fits(byte[] head) {
        if (magic == null) {
            return isText(head);
        }
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    /**
     * The name to show and offer on download: the last path segment of what the browser sent, normalised,
     * without control characters, at most 200 characters. It is never used as a path.
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

    private static boolean isText(byte[] head) {
        for (var b : head) {
            if (b == 0) {
                return false;
            }
        }
        // UTF-8 (the head may cut a character at its end) or anything else without NUL, such as Shift_JIS.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            decoder.decode(java.nio.ByteBuffer.wrap(head, 0, Math.max(0, head.length - 3)));
            return true;
        } catch (CharacterCodingException e) {
            return !startsWithBinarySignature(head);
        }
    }

    private static boolean startsWithBinarySignature(byte[] head) {
        return head.length >= 2 && ((head[0] == 'M' && head[1] == 'Z') || (head[0] == 0x7F && head[1] == 'E'));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ole() {
        return new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    }
}
