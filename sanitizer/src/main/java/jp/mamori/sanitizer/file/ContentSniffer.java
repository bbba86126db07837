package jp.mamori.sanitizer.file;

import java.nio.charset.StandardCharsets;

import jp.mamori.sanitizer.ContentType;

/**
 * Recognises a file's type from its first bytes, never from its name. Only the allow-listed formats get a
 * type; well-known dangerous or unsupported formats get a name for the report; everything else without NUL
 * bytes is a text candidate.
 */
final class ContentSniffer {
    /** PDF readers accept the header anywhere in the first kilobyte, so we must too. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private ContentSniffer() {
    }

    /** The type on the allow-list (or UNKNOWN) and, for callers that only recognise, the content's family. */
    record Sniffed(FileType type, String description, ContentType.Kind kind) {
        Sniffed(FileType type, String description) {
            this(type, description, kindOf(type));
        }

        ContentType contentType() {
            return new ContentType(kind, description);
        }
    }

    private static ContentType.Kind kindOf(FileType type) {
        return switch (type) {
            case PDF -> ContentType.Kind.PDF;
            case OOXML, ODF, ZIP -> ContentType.Kind.ZIP;
            case OLE2 -> ContentType.Kind.OLE2;
            case RTF -> ContentType.Kind.RTF;
            case PNG -> ContentType.Kind.PNG;
            case JPEG -> ContentType.Kind.JPEG;
            case GIF -> ContentType.Kind.GIF;
            case BMP -> ContentType.Kind.BMP;
            case TEXT -> ContentType.Kind.TEXT;
            case UNKNOWN -> ContentType.Kind.BINARY;
        };
    }

    static Sniffed sniff(byte[] b) {
        if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)) {
            return new Sniffed(FileType.ZIP, "ZIP container");
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniffed(FileType.OLE2, "OLE2 compound file");
        }
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return new Sniffed(FileType.PDF, "PDF");
        }
        if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) {
            return new Sniffed(FileType.RTF, "RTF");
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Sniffed(FileType.PNG, "PNG image");
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return new Sniffed(FileType.JPEG, "JPEG image");
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return new Sniffed(FileType.GIF, "GIF image");
        }
        if (looksLikeBmp(b)) {
            return new Sniffed(FileType.BMP, "BMP image");
        }
        Sniffed known = knownUnsupported(b);
        if (known != null) {
            return known;
        }
        if (startsWith(b, 0, 0xFF, 0xFE) || startsWith(b, 0, 0xFE, 0xFF)) {
            return new Sniffed(FileType.TEXT, "UTF-16 text"); // Notepad's 「Unicode」; NULs are expected
        }
        for (byte x : b) {
            if (x == 0) {
                return new Sniffed(FileType.UNKNOWN, "binary data");
            }
        }
        return new Sniffed(FileType.TEXT, "text");
    }

    private static boolean looksLikeBmp(byte[] b) {
        if (b.length < 26 || !startsWith(b, 0, 'B', 'M')) {
            return false;
        }
        int dibHeader = le32(b, 14);
        return dibHeader == 12 || dibHeader == 40 || dibHeader == 52 || dibHeader == 56 || dibHeader == 64
                || dibHeader == 108 || dibHeader == 124;
    }

    private static Sniffed knownUnsupported(byte[] b) {
        if (startsWith(b, 0, 'M', 'Z')) {
            return unsupported("Windows executable", ContentType.Kind.EXECUTABLE);
        }
        if (startsWith(b, 0, 0x7F, 'E', 'L', 'F')) {
            return unsupported("ELF executable", ContentType.Kind.EXECUTABLE);
        }
        if (startsWith(b, 0, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(b, 0, 0xCF, 0xFA, 0xED, 0xFE)) {
            return unsupported("Mach-O or Java class file", ContentType.Kind.EXECUTABLE);
        }
        if (startsWith(b, 0, 0x1F, 0x8B)) {
            return unsupported("gzip archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 'R', 'a', 'r', '!')) {
            return unsupported("RAR archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return unsupported("7-Zip archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 'M', 'S', 'C', 'F')) {
            return unsupported("Cabinet archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 'I', 'T', 'S', 'F')) {
            return unsupported("compiled HTML help (CHM)", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 'B', 'Z', 'h')) {
            return unsupported("bzip2 archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 0xFD, '7', 'z', 'X', 'Z')) {
            return unsupported("xz archive", ContentType.Kind.ARCHIVE);
        }
        if (startsWith(b, 0, 0x78, 0x9F, 0x3E, 0x22)) {
            return unsupported("TNEF (winmail.dat)", ContentType.Kind.ARCHIVE);
        }
        if (b.length > 262 && startsWith(b, 257, 'u', 's', 't', 'a', 'r')) {
            return unsupported("tar archive", ContentType.Kind.ARCHIVE);
        }
        return null;
    }

    private static Sniffed unsupported(String description, ContentType.Kind kind) {
        return new Sniffed(FileType.UNKNOWN, description, kind);
    }

    static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] needle, int window) {
        int end = Math.min(b.length, window + needle.length) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
