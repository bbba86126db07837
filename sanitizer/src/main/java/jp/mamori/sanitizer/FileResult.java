package jp.mamori.sanitizer;

import java.util.Objects;

/**
 * A disarmed file and its report.
 *
 * @param content the new file's bytes; null exactly when the report's verdict is BLOCKED
 * @param fileName the name to give the new file (the extension follows the output format, for example
 *     {@code 見積書.docm} becomes {@code 見積書.docx}); never null
 * @param mediaType the output's media type; never null
 * @param report what was found and done
 */
public record FileResult(byte[] content, String fileName, String mediaType, Report report) {
    public FileResult {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(report, "report");
        if (report.isBlocked() != (content == null)) {
            throw new IllegalArgumentException("content is absent exactly when the file is blocked");
        }
    }

    public static FileResult blocked(String fileName, Report report) {
        return new FileResult(null, fileName, "application/octet-stream", report);
    }
}
