package jp.mamori.sanitizer;

import java.util.Objects;

/**
 * An attachment taken out of a mail under {@link AttachmentHandling#HOLD} (保留): the gateway keeps the
 * original under {@code referenceId} on the Internet side, and the mail tells the recipient that id.
 *
 * <p>The byte array is the caller's to keep; it is not copied, so do not change it.
 *
 * @param referenceId an unguessable id shown in the mail's notice (for example {@code MMR-7Q2K-…})
 * @param fileName the attachment's (decoded, cleaned) file name
 * @param size the original's size in bytes
 * @param sha256 the original's SHA-256, lower-case hex
 * @param content the original bytes, exactly as decoded from the mail
 */
public record HeldAttachment(String referenceId, String fileName, long size, String sha256, byte[] content) {
    public HeldAttachment {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }
}
