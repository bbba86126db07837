package jp.mamori.sanitizer;

import java.util.List;
import java.util.Objects;

/**
 * A sanitised mail and its report.
 *
 * <p>The byte arrays are the caller's to keep; they are not copied.
 *
 * @param message the new RFC 5322 message (CRLF, 7-bit); null exactly when the report's verdict is
 *     BLOCKED — a blocked mail has no sanitised form, and the original must not be delivered
 * @param report what was found and done
 * @param held the attachments held back under {@link AttachmentHandling#HOLD}, in mail order; empty
 *     otherwise
 */
public record MailResult(byte[] message, Report report, List<HeldAttachment> held) {
    public MailResult {
        Objects.requireNonNull(report, "report");
        held = List.copyOf(held);
        if (report.isBlocked() != (message == null)) {
            throw new IllegalArgumentException("the message is absent exactly when the mail is blocked");
        }
    }

    public static MailResult blocked(Report report) {
        return new MailResult(null, report, List.of());
    }

    public boolean isBlocked() {
        return report.isBlocked();
    }
}
