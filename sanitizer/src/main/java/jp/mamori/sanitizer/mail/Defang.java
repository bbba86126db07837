package jp.mamori.sanitizer.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes links visible but not clickable: {@code https://example.jp/a} becomes
 * {@code hxxps://example[.]jp/a}, {@code www.example.jp} becomes {@code www[.]example[.]jp},
 * {@code mailto:} and {@code tel:} lose their colon's meaning. Mail clients auto-link plain text, so text
 * from a text/plain part needs this as much as text converted from HTML.
 */
final class Defang {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(https?|ftps?|sftp|file|ssh|telnet|ws|wss)://([^\\s/?#<>\"'「」、。）（]*)([^\\s<>\"「」、。（）]*)");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern SCHEME_ONLY = Pattern.compile("(?i)\\b(mailto|tel|callto|sms|javascript|vbscript|data):");

    private Defang() {
    }

    /** The text with every link defanged, and how many were. */
    record Result(String text, int links) {
    }

    static Result text(String text) {
        int[] count = {0};
        String out = replace(URL, text, m -> {
            count[0]++;
            return scheme(m.group(1)) + "://" + host(m.group(2)) + m.group(3);
        });
        out = replace(WWW, out, m -> {
            count[0]++;
            return host(m.group());
        });
        out = replace(SCHEME_ONLY, out, m -> {
            count[0]++;
            return m.group(1) + "[:]";
        });
        return new Result(out, count[0]);
    }

    /** One URL (an href) in its defanged form. */
    static String url(String url) {
        return text(url).text();
    }

    private static String scheme(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "http" -> "hxxp";
            case "https" -> "hxxps";
            case "ftp" -> "fxp";
            case "ftps" -> "fxps";
            default -> lower.charAt(0) + "x" + lower.substring(2);
        };
    }

    private static String host(String host) {
        return host.replace(".", "[.]");
    }

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            out.append(text, last, m.start()).append(replacement.of(m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
