package jp.mamori.sanitizer.mail;

/**
 * Collects converted text line by line: collapses runs of blank lines, never starts a line with spaces
 * (except in preformatted text), and prefixes lines inside block quotes with {@code > }.
 */
final class TextSink {

    private final StringBuilder out = new StringBuilder();
    private int quoteDepth;
    private boolean lineStart = true;
    /** Newlines owed before the next text: 1 = line break, 2 = blank line. */
    private int pendingBreaks;

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (lineStart) {
            text = text.stripLeading();
            if (text.isEmpty()) {
                return;
            }
        } else if (pendingBreaks == 0 && text.startsWith(" ") && endsWithSpace()) {
            text = text.stripLeading();
        }
        startLine();
        out.append(text);
    }

    void preformatted(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                newline();
            }
            if (!lines[i].isEmpty()) {
                startLine();
                out.append(lines[i].replace('\u00a0', ' '));
            }
        }
    }

    void newline() {
        if (out.length() > 0) {
            pendingBreaks = Math.max(pendingBreaks, 1);
            lineStart = true;
        }
    }

    void blankLine() {
        if (out.length() > 0) {
            pendingBreaks = 2;
            lineStart = true;
        }
    }

    void quote(int change) {
        quoteDepth = Math.max(0, quoteDepth + change);
    }

    private void startLine() {
        if (pendingBreaks > 0) {
            trimTrailingSpaces();
            out.append(pendingBreaks >= 2 ? "\n\n" : "\n");
            pendingBreaks = 0;
            lineStart = true;
        }
        if (lineStart) {
            // Capped: hostile HTML nests hundreds of quotes to multiply the output's size.
            out.append("> ".repeat(Math.min(quoteDepth, 8)));
            lineStart = false;
        }
    }

    private boolean endsWithSpace() {
        return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    String finish() {
        trimTrailingSpaces();
        return out.toString();
    }
}
