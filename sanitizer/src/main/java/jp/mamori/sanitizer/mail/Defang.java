package jp.mamori.sanitizer.mail;

import java.util.Locale;
import java.util.Set;

/**
 * Makes links visible but not clickable: {@code https://example.jp/a} becomes
 * {@code hxxps://example[.]jp/a}, {@code www.example.jp} becomes {@code www[.]example[.]jp},
 * {@code mailto:} and {@code tel:} become {@code mailto[:]} and {@code tel[:]}. Mail clients auto-link
 * plain text, so text from a text/plain part needs this as much as text converted from HTML.
 *
 * <p>A hand-written scanner rather than regular expressions: it runs over every body, and an
 * alternation regex tried at every position of a 30 KB body was the engine's single largest cost.
 */
final class Defang {

    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "ftps", "sftp", "file", "ssh",
            "telnet", "ws", "wss");
    private static final Set<String> COLON_SCHEMES = Set.of("mailto", "tel", "callto", "sms", "javascript",
            "vbscript", "data");
    /** Characters that end a URL in running Japanese text as well as in ASCII text. */
    private static final String URL_END = "<>\"「」、。（）()[]{}'";

    private Defang() {
    }

    /** The text with every link defanged, and how many were. */
    record Result(String text, int links) {
    }

    static Result text(String text) {
        StringBuilder out = null;
        int links = 0;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '.' ) {
                continue;
            }
            int start = wordStart(text, i);
            if (start == i) {
                continue;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            int end;
            String replacement;
            if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/'
                    && URL_SCHEMES.contains(word)) {
                end = urlEnd(text, i + 3);
                int hostEnd = hostEnd(text, i + 3, end);
                replacement = scheme(word) + "://" + text.substring(i + 3, hostEnd).replace(".", "[.]")
                        + text.substring(hostEnd, end);
            } else if (c == ':' && COLON_SCHEMES.contains(word)) {
                end = i + 1;
                replacement = text.substring(start, i) + "[:]";
            } else if (c == '.' && word.equals("www") && i + 1 < n && isHostChar(text.charAt(i + 1))) {
                end = i + 1;
                while (end < n && (isHostChar(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                replacement = text.substring(start, end).replace(".", "[.]");
            } else {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 64);
            }
            out.append(text, copied, start).append(replacement);
            copied = end;
            links++;
            i = end - 1;
        }
        if (out == null) {
            return new Result(text, 0);
        }
        return new Result(out.append(text, copied, n).toString(), links);
    }

    /** One URL (an href) in its defanged form. */
    static String url(String url) {
        return text(url).text();
    }

    private static int wordStart(String text, int i) {
        int start = i;
        while (start > 0 && start > i - 12 && isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && isAsciiLetterOrDigit(text.charAt(start - 1))) {
            return i; // part of a longer word such as "xhttp", not a scheme
        }
        return start;
    }

    private static int urlEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || c < 0x20 || URL_END.indexOf(c) >= 0) {
                break;
            }
            end++;
        }
        return end;
    }

    private static int hostEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return end;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHostChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-';
    }

    private static String scheme(String scheme) {
        return switch (scheme) {
            case "http" -> "hxxp";
            case "https" -> "hxxps";
            case "ftp" -> "fxp";
            case "ftps" -> "fxps";
            default -> scheme.charAt(0) + "x" + scheme.substring(2);
        };
    }
}
