package jp.mamori.sanitizer.mail;

import java.io.IOException;
import java.util.List;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.UnpackedFile;

/**
 * Disarms one attachment for {@link jp.mamori.sanitizer.AttachmentHandling#CONVERT}; in production the
 * file engine. Must be thread-safe. Exceptions are tolerated (the attachment is then blocked), but an
 * implementation should return a blocked result instead.
 */
@FunctionalInterface
public interface AttachmentDisarm {

    FileResult disarm(byte[] content, String declaredName);

    /**
     * Opens Outlook's winmail.dat (TNEF) and returns the files inside. In production the file engine does
     * it in a worker process, since it is Office parsing; the default refuses, so the container is removed
     * (fail closed) wherever no file engine is at hand.
     */
    default List<UnpackedFile> unpackTnef(byte[] winmail) throws IOException {
        throw new IOException("winmail.dat is only opened by the file engine's worker processes");
    }

    /** For policies that never convert: every attachment is blocked. */
    AttachmentDisarm NONE = (content, name) -> {
        throw new IllegalStateException("no file engine for attachments");
    };
}
