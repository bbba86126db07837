package jp.mamori.sanitizer.mail;

/**
 * Undoes {@code format=flowed} (RFC 3676): the sender's mail program cut long paragraphs into short lines ending in
 * a space, to be joined again by the reader's. A text-only copy for LGWAN is read in plain viewers that do not do
 * that, so the joining happens here: space-stuffing is removed, a flowed line is joined with the next line of the
 * same quote depth (without its trailing space under {@code delsp=yes}, as Japanese text needs), and the
 * signature separator {@code "-- "} is never joined. Stateless.
 */
final class Flowed {
    private Flowed() {
    }

    /** The text with its flowed lines joined; {@code text} uses LF line ends. */
    static String unwrap(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing, or the space after the quote marks
            }
            boolean signature = content.equals("-- ");
            boolean flowed = !signature && content.endsWith(" ");
            if (paragraph != null && depth != paragraphDepth) {
                // A flowed line followed by one of another depth ends its paragraph (RFC 3676, 4.5).
                finish(out, paragraph, paragraphDepth);
                out.append('\n');
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(flowed && deleteSpace ? content.substring(0, content.length() - 1) : content);
            if (!flowed) {
                finish(out, paragraph, paragraphDepth);
                paragraph = null;
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        if (paragraph != null) {
            finish(out, paragraph, paragraphDepth);
        }
        return out.toString();
    }

    private static void finish(StringBuilder out, CharSequence paragraph, int depth) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(' ');
        }
        out.append(paragraph);
    }
}
