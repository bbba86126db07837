package jp.mamori.sanitizer.worker;

import java.util.List;
import java.util.Objects;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;

/**
 * The outcome of disarming one file, before it is named: internal to the sanitiser module.
 *
 * @param detectedType the type recognised from the content, never null
 * @param content the new bytes; null exactly when blocked
 * @param mediaType the output's media type (null when blocked)
 * @param extension the output's file extension without the dot, for example {@code docx} (null when blocked)
 * @param findings what was acted upon, in input order
 * @param blockReason why it was blocked; null unless blocked
 */
public record Disarmed(String detectedType, byte[] content, String mediaType, String extension,
        List<Finding> findings, String blockReason) {

    public Disarmed {
        Objects.requireNonNull(detectedType, "detectedType");
        findings = List.copyOf(findings);
        if ((content == null) != (blockReason != null)) {
            throw new IllegalArgumentException("content is absent exactly when blocked");
        }
    }

    public static Disarmed passed(String detectedType, byte[] content, String mediaType, String extension,
            List<Finding> findings) {
        return new Disarmed(detectedType, content, Objects.requireNonNull(mediaType),
                Objects.requireNonNull(extension), findings, null);
    }

    public static Disarmed blocked(String detectedType, List<Finding> findings, String reason) {
        return new Disarmed(detectedType, null, null, null, findings, Objects.requireNonNull(reason));
    }

    /** Blocked because of one finding, which becomes the reason too. */
    public static Disarmed blocked(String detectedType, String location, FindingKind kind, String reason) {
        return blocked(detectedType, List.of(new Finding(location, kind, Action.BLOCKED, reason)), reason);
    }

    public boolean isBlocked() {
        return content == null;
    }
}
