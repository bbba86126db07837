package jp.mamori.sanitizer.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes header text as RFC 2047 encoded words in UTF-8 (base64) and RFC 2231 parameters, folded so that
 * no line exceeds 78 characters. Words are split on character boundaries, never inside a UTF-8 sequence
 * or a surrogate pair, so every word decodes on its own — the split-word defect of some Japanese
 * mailers is not repeated here.
 */
final class HeaderEncoding {

    /** 40 bytes → 56 base64 characters → a 68-character word, leaving room for the field name. */
    private static final int WORD_BYTES = 40;

    private HeaderEncoding() {
    }

    static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return !text.contains("=?");
    }

    /** Free text (Subject, a display name) as encoded words; each list item is one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > WORD_BYTES) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        if (chunk.length() > 0 || words.isEmpty()) {
            words.add(word(chunk.toString()));
        }
        return words;
    }

    private static String word(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** A complete unstructured header line, CRLF-terminated. */
    static String field(String name, String value) {
        boolean plain = isPlainAscii(value);
        List<String> tokens = plain ? List.of(value.split(" ", -1)) : words(value);
        if (plain && tokens.stream().anyMatch(t -> t.length() > 70)) {
            tokens = words(value);
        }
        return fold(name + ":", tokens, " ");
    }

    /** Joins tokens with spaces, breaking lines before a token that would pass 78 characters. */
    static String fold(String start, List<String> tokens, String separator) {
        StringBuilder out = new StringBuilder(start);
        int lineLength = start.length();
        boolean first = true;
        for (String token : tokens) {
            if (!first && lineLength + 1 + token.length() > 78) {
                out.append("\r\n");
                lineLength = 0;
            }
            out.append(separator).append(token);
            lineLength += separator.length() + token.length();
            first = false;
        }
        return out.append("\r\n").toString();
    }

    /** A quoted-string or encoded words for a display name. */
    static List<String> displayName(String name) {
        if (isPlainAscii(name)) {
            if (name.matches("[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~ ]*")) {
                return List.of(name.split(" "));
            }
            return List.of("\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return words(name);
    }

    /** RFC 2231 {@code name*0*=UTF-8''…; name*1*=…} sections, each short enough for one line. */
    static List<String> extendedParameter(String name, String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        List<String> sections = new ArrayList<>();
        String all = "UTF-8''" + encoded;
        int index = 0;
        for (int start = 0; start < all.length(); index++) {
            int end = Math.min(all.length(), start + 60);
            // keep %XX escapes whole
            if (end < all.length() && all.lastIndexOf('%', end - 1) >= end - 2) {
                end = all.lastIndexOf('%', end - 1);
            }
            sections.add(name + "*" + index + "*=" + all.substring(start, end));
            start = end;
        }
        return sections;
    }
}
