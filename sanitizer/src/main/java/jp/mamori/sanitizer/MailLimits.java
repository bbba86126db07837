package jp.mamori.sanitizer;

/**
 * Hard limits for parsing a mail. A mail over any of them is blocked.
 *
 * @param maxMessageBytes largest mail
 * @param maxDepth deepest MIME nesting (multipart within multipart, message/rfc822 within a mail)
 * @param maxParts most body parts in all
 * @param maxLineLength longest physical line
 * @param maxHeaderLength longest header field, folded lines included
 * @param maxHeaderCount most header fields in one entity
 */
public record MailLimits(
        long maxMessageBytes, int maxDepth, int maxParts, int maxLineLength, int maxHeaderLength, int maxHeaderCount) {

    public MailLimits {
        if (maxMessageBytes <= 0 || maxDepth <= 0 || maxParts <= 0 || maxLineLength <= 0
                || maxHeaderLength <= 0 || maxHeaderCount <= 0) {
            throw new IllegalArgumentException("mail limits must be positive: " + this);
        }
    }

    /** The defaults of the strict LGWAN preset. */
    public static MailLimits strict() {
        return new MailLimits(50L << 20, 10, 200, 100_000, 10_000, 500);
    }
}
