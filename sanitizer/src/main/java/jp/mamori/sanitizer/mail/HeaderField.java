package jp.mamori.sanitizer.mail;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * One header field as received: its name and its unfolded value bytes, not yet decoded. Decoding is left
 * to the caller because the right decoding depends on the field (structured, address list, free text).
 *
 * @param name the lower-cased field name
 * @param value the raw value, folding removed, leading whitespace stripped
 */
record HeaderField(String name, byte[] value) {

    static HeaderField of(Field field) {
        String name = field.getName().strip().toLowerCase(Locale.ROOT);
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            byte[] body = field.getBody() == null ? new byte[0]
                    : field.getBody().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return new HeaderField(name, body);
        }
        byte[] bytes = raw.toByteArray();
        int colon = 0;
        while (colon < bytes.length && bytes[colon] != ':') {
            colon++;
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream(bytes.length);
        boolean leading = true;
        for (int i = colon + 1; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == '\n') {
                continue;
            }
            if (leading && (b == ' ' || b == '\t')) {
                continue;
            }
            leading = false;
            value.write(b);
        }
        return new HeaderField(name, value.toByteArray());
    }

    /** The value as text, charset guessed for raw 8-bit bytes, encoded words left as they are. */
    String rawText() {
        return MailCharsets.guess(value, null);
    }

    /** The value as human-readable text, encoded words decoded. */
    String decodedText() {
        return EncodedWords.decode(rawText());
    }
}
