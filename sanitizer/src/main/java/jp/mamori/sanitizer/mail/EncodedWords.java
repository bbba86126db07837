package jp.mamori.sanitizer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 2047 encoded words the way Japanese mail really arrives, not only the way the RFC wants it.
 *
 * <p>Tolerated on purpose, because common mailers send them: a multi-byte character split across two
 * encoded words (adjacent words of one charset are joined as bytes before decoding), encoded words glued
 * to other text, missing base64 padding, wrong charset labels (the content decides, see
 * {@link MailCharsets}), and raw 8-bit or raw ISO-2022-JP header text with no encoding at all. The
 * result never contains control characters, so it cannot inject header lines when re-encoded.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]{1,60})\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    /** A raw header value (bytes as received, unfolded) as text, encoded words decoded. */
    static String decodeHeader(byte[] raw) {
        return decode(MailCharsets.guess(raw, null));
    }

    static String decode(String text) {
        if (text.indexOf("=?") < 0) {
            return withoutControls(text);
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = null;
        String pendingCharset = null;
        int last = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            byte[] bytes = wordBytes(m.group(2), m.group(3));
            String charset = withoutLanguage(m.group(1));
            if (bytes == null) {
                flush(out, pending, pendingCharset);
                pending = null;
                out.append(between).append(m.group());
            } else if (pending != null && between.isBlank() && charset.equalsIgnoreCase(pendingCharset)) {
                pending.writeBytes(bytes);
            } else {
                flush(out, pending, pendingCharset);
                if (pending == null || !between.isBlank()) {
                    out.append(between);
                }
                pending = new ByteArrayOutputStream();
                pending.writeBytes(bytes);
                pendingCharset = charset;
            }
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(text, last, text.length());
        return withoutControls(out.toString());
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (pending != null) {
            out.append(MailCharsets.decode(pending.toByteArray(), charset));
        }
    }

    /** RFC 2231 allows {@code charset*language} inside an encoded word. */
    private static String withoutLanguage(String charset) {
        int star = charset.indexOf('*');
        return star >= 0 ? charset.substring(0, star) : charset;
    }

    private static byte[] wordBytes(String encoding, String text) {
        return encoding.equalsIgnoreCase("B") ? base64(text) : quotedPrintable(text);
    }

    private static byte[] base64(String text) {
        String data = text.replace("=", "");
        int rest = data.length() % 4;
        if (rest == 1) {
            return null;
        }
        if (rest > 0) {
            data = data + "==".substring(0, 4 - rest);
        }
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] in = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '_') {
                out.write(' ');
            } else if (b == '=' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** Control characters (CR, LF, NUL, ESC …) become spaces; bidirectional overrides are dropped. */
    static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            boolean invisible = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e' || c == '\u200f' || c == '\ufeff';
            if (control || invisible) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (control) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
