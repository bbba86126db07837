package jp.mamori.sanitizer.mail;

import jp.mamori.sanitizer.FileResult;

/**
 * Disarms one attachment for {@link jp.mamori.sanitizer.AttachmentHandling#CONVERT}; in production the
 * file engine. Must be thread-safe. Exceptions are tolerated (the attachment is then blocked), but an
 * implementation should return a blocked result instead.
 */
@FunctionalInterface
public interface AttachmentDisarm {

    FileResult disarm(byte[] content, String declaredName);

    /** For policies that never convert: every attachment is blocked. */
    AttachmentDisarm NONE = (content, name) -> {
        throw new IllegalStateException("no file engine for attachments");
    };
}
