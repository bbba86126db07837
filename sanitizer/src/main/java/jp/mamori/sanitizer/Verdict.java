package jp.mamori.sanitizer;

/**
 * The outcome of sanitising one mail or file (判定).
 *
 * <p>{@code CLEAN}: nothing active was found and the artefact was rebuilt as is. {@code SANITISED}:
 * something was removed or converted; the new artefact is safe. {@code BLOCKED}: the input could not be
 * made safe; there is no artefact and the report says why.
 */
public enum Verdict {
    CLEAN,
    SANITISED,
    BLOCKED;

    /** The stricter of two verdicts, so that a mail is never cleaner than its worst part. */
    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
