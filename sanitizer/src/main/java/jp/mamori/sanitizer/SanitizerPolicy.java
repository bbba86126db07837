package jp.mamori.sanitizer;

import java.util.Objects;

/**
 * An immutable set of choices for the engine, with named presets. Thread-safe.
 *
 * @param name the preset's name, shown in reports and the mail header
 * @param attachments what happens to mail attachments
 * @param mail limits for parsing mail
 * @param files limits for the file engine
 */
public record SanitizerPolicy(String name, AttachmentHandling attachments, MailLimits mail, FileLimits files) {

    /** The default: LGWAN-side delivery, attachments removed and listed, strict limits. */
    public static final SanitizerPolicy LGWAN_STRICT =
            new SanitizerPolicy("lgwan-strict", AttachmentHandling.REMOVE, MailLimits.strict(), FileLimits.strict());

    /** Attachments disarmed and delivered, strict limits otherwise. */
    public static final SanitizerPolicy LGWAN_CONVERT = LGWAN_STRICT.named("lgwan-convert")
            .withAttachments(AttachmentHandling.CONVERT);

    /** Attachments held at the gateway for release on request, strict limits otherwise. */
    public static final SanitizerPolicy LGWAN_HOLD = LGWAN_STRICT.named("lgwan-hold")
            .withAttachments(AttachmentHandling.HOLD);

    public SanitizerPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(files, "files");
    }

    public SanitizerPolicy named(String newName) {
        return new SanitizerPolicy(newName, attachments, mail, files);
    }

    public SanitizerPolicy withAttachments(AttachmentHandling handling) {
        return new SanitizerPolicy(name, handling, mail, files);
    }

    public SanitizerPolicy withMailLimits(MailLimits limits) {
        return new SanitizerPolicy(name, attachments, limits, files);
    }

    public SanitizerPolicy withFileLimits(FileLimits limits) {
        return new SanitizerPolicy(name, attachments, mail, limits);
    }
}
