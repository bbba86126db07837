package jp.mamori.sanitizer;

import java.util.Objects;

/**
 * One object of the input that the engine acted upon.
 *
 * @param location where in the input, as a path such as {@code "part 2/word/vbaProject.bin"}; never null
 * @param kind what was found
 * @param action what was done with it
 * @param detail a short human-readable explanation (Japanese or English), never null
 */
public record Finding(String location, FindingKind kind, Action action, String detail) {
    public Finding {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }

    /** This finding moved below a parent location, for nested content (a zip entry, an attachment). */
    public Finding under(String parent) {
        return new Finding(parent + "/" + location, kind, action, detail);
    }
}
