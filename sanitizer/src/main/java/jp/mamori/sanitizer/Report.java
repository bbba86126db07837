package jp.mamori.sanitizer;

import java.util.List;
import java.util.Objects;

/**
 * What the engine decided about one input and why. Immutable.
 *
 * @param verdict clean, sanitised or blocked
 * @param detectedType the content type recognised from the bytes (for example {@code "application/pdf"},
 *     {@code "message/rfc822"}), or {@code "application/octet-stream"} when unknown
 * @param findings one entry per object acted upon, in input order
 * @param blockReason why the input was blocked; null unless the verdict is {@link Verdict#BLOCKED}
 */
public record Report(Verdict verdict, String detectedType, List<Finding> findings, String blockReason) {
    public Report {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detectedType, "detectedType");
        findings = List.copyOf(findings);
        if ((verdict == Verdict.BLOCKED) != (blockReason != null)) {
            throw new IllegalArgumentException("a block reason is given exactly when the verdict is BLOCKED");
        }
    }

    public static Report blocked(String detectedType, List<Finding> findings, String reason) {
        return new Report(Verdict.BLOCKED, detectedType, findings, reason);
    }

    /** CLEAN when there are no findings, SANITISED otherwise. */
    public static Report passed(String detectedType, List<Finding> findings) {
        return new Report(findings.isEmpty() ? Verdict.CLEAN : Verdict.SANITISED, detectedType, findings, null);
    }

    public boolean isBlocked() {
        return verdict == Verdict.BLOCKED;
    }
}
