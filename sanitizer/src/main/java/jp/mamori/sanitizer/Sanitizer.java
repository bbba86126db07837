package jp.mamori.sanitizer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import jp.mamori.sanitizer.file.FileEngine;

import jp.mamori.sanitizer.mail.AttachmentDisarm;
import jp.mamori.sanitizer.mail.MailSanitizer;

/**
 * The sanitising engine (無害化): mail text conversion and file disarm behind one small facade.
 *
 * <pre>{@code
 * try (Sanitizer sanitizer = Sanitizer.create(SanitizerPolicy.LGWAN_STRICT)) {
 *     MailResult result = sanitizer.sanitiseMail(rawMail);
 *     if (result.isBlocked()) { ... result.report().blockReason() ... }
 * }
 * }</pre>
 *
 * <p>Every call returns a new artefact and a {@link Report}; the input is never modified or passed
 * through. Hostile input never escapes as an exception: whatever cannot be made safe — over a limit,
 * ambiguous, undecodable, a worker crash or timeout — comes back blocked with a reason (fail closed).
 *
 * <p>Thread-safe: one instance serves any number of threads. The file engine (with its worker
 * processes) is started on first use, so a mail-only caller with a policy that removes or holds
 * attachments never starts it. Close the instance to stop the workers.
 */
public final class Sanitizer implements AutoCloseable {

    private final SanitizerPolicy policy;
    private final MailSanitizer mail;
    private final Object lock = new Object();
    private volatile FileEngine files;
    private volatile boolean closed;

    private Sanitizer(SanitizerPolicy policy) {
        this.policy = policy;
        this.mail = new MailSanitizer(policy, new AttachmentDisarm() {
            @Override
            public FileResult disarm(byte[] content, String declaredName) {
                return sanitiseFile(content, declaredName);
            }

            @Override
            public List<UnpackedFile> unpackTnef(byte[] winmail) throws IOException {
                return files().unpackTnef(winmail);
            }
        });
    }

    /** An engine with the given policy, for example {@link SanitizerPolicy#LGWAN_STRICT}. */
    public static Sanitizer create(SanitizerPolicy policy) {
        return new Sanitizer(Objects.requireNonNull(policy, "policy"));
    }

    /** An engine with the default, strict LGWAN policy. */
    public static Sanitizer create() {
        return create(SanitizerPolicy.LGWAN_STRICT);
    }

    public SanitizerPolicy policy() {
        return policy;
    }

    /**
     * Sanitises one mail (RFC 5322 bytes as received, CRLF or LF).
     *
     * @return the new mail and the report; the new mail is null when blocked
     */
    public MailResult sanitiseMail(byte[] rfc822) {
        ensureOpen();
        return mail.sanitise(Objects.requireNonNull(rfc822, "rfc822"));
    }

    /**
     * Sanitises one mail read from a stream, reading no more than the policy's size limit plus one byte:
     * a longer mail is blocked without being read to the end. The stream is not closed.
     *
     * @throws IOException only when reading the stream itself fails (the caller's I/O, not the content)
     */
    public MailResult sanitiseMail(InputStream rfc822) throws IOException {
        ensureOpen();
        long limit = policy.mail().maxMessageBytes();
        byte[] bytes = rfc822.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            String reason = "mail is over the limit of " + limit + " bytes";
            Finding finding = new Finding("message", FindingKind.OVER_LIMIT, Action.BLOCKED, reason);
            return MailResult.blocked(Report.blocked("message/rfc822", List.of(finding), reason));
        }
        return mail.sanitise(bytes);
    }

    /**
     * Disarms one file, recognised by its content, never by its name.
     *
     * @param declaredName the sender's name for it; only used to name the output and to report a mismatch
     */
    public FileResult sanitiseFile(byte[] content, String declaredName) {
        ensureOpen();
        Objects.requireNonNull(content, "content");
        try {
            return files().sanitise(content, declaredName);
        } catch (RuntimeException | StackOverflowError e) {
            String name = declaredName == null || declaredName.isBlank() ? "file" : declaredName;
            String reason = "internal failure while disarming (" + e.getClass().getSimpleName() + ")";
            Finding finding = new Finding(name, FindingKind.PROCESSING_FAILURE, Action.BLOCKED, reason);
            return FileResult.blocked(name, Report.blocked("application/octet-stream", List.of(finding), reason));
        }
    }

    private FileEngine files() {
        FileEngine engine = files;
        if (engine == null) {
            synchronized (lock) {
                ensureOpen();
                engine = files;
                if (engine == null) {
                    engine = new FileEngine(policy.files());
                    files = engine;
                }
            }
        }
        return engine;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this Sanitizer is closed");
        }
    }

    /** Stops the file engine's workers, if they were started. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (files != null) {
                files.close();
                files = null;
            }
        }
    }
}
