package jp.mamori.sanitizer.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Content-Transfer-Encoding of a leaf body. Base64 goes through the JDK's MIME decoder (fast, skips line
 * breaks and stray characters); input it rejects (padding in the middle, a dangling character) falls back
 * to mime4j's lenient decoder, so both read the same data a mail client would.
 */
final class TransferDecoding {

    private TransferDecoding() {
    }

    static byte[] decode(byte[] raw, String encoding) throws IOException {
        switch (encoding) {
            case "base64" -> {
                try {
                    return Base64.getMimeDecoder().decode(raw);
                } catch (IllegalArgumentException e) {
                    try (var in = new Base64InputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT)) {
                        return in.readAllBytes();
                    }
                }
            }
            case "quoted-printable" -> {
                try (var in = new QuotedPrintableInputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT)) {
                    return in.readAllBytes();
                }
            }
            default -> {
                return raw;
            }
        }
    }
}
