package jp.mamori.sanitizer;

import java.util.Objects;

import jp.mamori.sanitizer.file.FileEngine;

/**
 * What a file is by its first bytes, never by its name: the same recognition the file disarm uses, for a caller
 * that only has to know what it was given (an upload check) and must not start the disarm's worker processes.
 * Immutable; {@link #of} is stateless and thread-safe.
 *
 * @param kind the family the content belongs to; never null
 * @param description a short English description for logs and reports, for example "PDF" or "Windows executable"
 */
public record ContentType(Kind kind, String description) {

    /** The families a file's content is told apart into. */
    public enum Kind {
        PDF,
        /** A ZIP container; Office Open XML documents (docx, xlsx, pptx) are ZIP containers. */
        ZIP,
        /** An OLE2 compound file: the older Office formats (doc, xls, ppt). */
        OLE2,
        RTF,
        PNG,
        JPEG,
        GIF,
        BMP,
        /** No NUL byte and no known signature: a candidate for text (or UTF-16 text with its byte-order mark). */
        TEXT,
        /** A program: Windows, ELF or Mach-O executable, or a Java class file. */
        EXECUTABLE,
        /** An archive other than ZIP (gzip, RAR, 7-Zip, cabinet, tar, ...) or a container such as CHM or TNEF. */
        ARCHIVE,
        /** Anything else that holds NUL bytes. */
        BINARY
    }

    public ContentType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Recognises content from its first bytes (the first 4 KiB are enough; more does no harm).
     *
     * @param head the first bytes of the file; null is treated as empty
     */
    public static ContentType of(byte[] head) {
        return FileEngine.recognise(head == null ? new byte[0] : head);
    }
}
