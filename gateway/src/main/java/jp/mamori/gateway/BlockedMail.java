package jp.mamori.gateway;

/** What a blocked mail becomes for a tenant (遮断したメールの扱い); the original is held in every case. */
public enum BlockedMail {
    /** A notice to each recipient, with the hold reference, so the recipient can ask for the original. */
    NOTICE,
    /** A report to the envelope sender (never to the null sender, never back to a bounce). */
    SENDER,
    /** Nothing is delivered; the original is held and the app is told. */
    NONE;

    static BlockedMail parse(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "notice" -> NOTICE;
            case "sender" -> SENDER;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("blocked must be notice, sender or none: " + value);
        };
    }
}
