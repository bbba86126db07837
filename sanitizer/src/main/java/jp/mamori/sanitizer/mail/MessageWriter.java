package jp.mamori.sanitizer.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Builds the new mail from scratch: the safe headers re-encoded, the marker header, a UTF-8 plain-text
 * body, and the attachments the policy lets through. Output is 7-bit, CRLF, lines of at most 78
 * characters, so it survives any relay unchanged. Nothing of the original mail's bytes is copied.
 */
final class MessageWriter {

    /** A file the new mail carries. */
    record Part(String fileName, String mediaType, byte[] content) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageWriter() {
    }

    static byte[] write(SafeHeaders h, String marker, String body, List<Part> parts) {
        StringBuilder head = new StringBuilder(512);
        addresses(head, "From", h.from());
        addresses(head, "To", h.to());
        addresses(head, "Cc", h.cc());
        if (h.date() != null) {
            head.append("Date: ").append(h.date()).append("\r\n");
        }
        if (h.subject() != null) {
            head.append(HeaderEncoding.field("Subject", h.subject()));
        }
        if (h.messageId() != null) {
            head.append("Message-ID: ").append(h.messageId()).append("\r\n");
        }
        if (!h.inReplyTo().isEmpty()) {
            head.append(HeaderEncoding.fold("In-Reply-To:", h.inReplyTo(), " "));
        }
        if (!h.references().isEmpty()) {
            head.append(HeaderEncoding.fold("References:", h.references(), " "));
        }
        head.append("MIME-Version: 1.0\r\n");
        head.append("X-Mamori-Sanitized: ").append(marker).append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length() * 2 + 1024);
        if (parts.isEmpty()) {
            head.append(textHeaders());
            out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(base64(body.getBytes(StandardCharsets.UTF_8)));
            return out.toByteArray();
        }
        String boundary = "=_mamori_" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
        head.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        head.append("--").append(boundary).append("\r\n").append(textHeaders());
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(base64(body.getBytes(StandardCharsets.UTF_8)));
        for (Part part : parts) {
            StringBuilder ph = new StringBuilder("--").append(boundary).append("\r\n");
            List<String> typeTokens = new ArrayList<>();
            typeTokens.add(part.mediaType() + ";");
            typeTokens.add("name=\"" + String.join(" ", HeaderEncoding.isPlainAscii(part.fileName())
                    ? List.of(part.fileName().replace("\"", "'")) : HeaderEncoding.words(part.fileName())) + "\"");
            ph.append(HeaderEncoding.fold("Content-Type:", typeTokens, " "));
            List<String> disposition = new ArrayList<>();
            disposition.add("attachment;");
            List<String> sections = HeaderEncoding.extendedParameter("filename", part.fileName());
            for (int i = 0; i < sections.size(); i++) {
                disposition.add(sections.get(i) + (i + 1 < sections.size() ? ";" : ""));
            }
            ph.append(HeaderEncoding.fold("Content-Disposition:", disposition, " "));
            ph.append("Content-Transfer-Encoding: base64\r\n\r\n");
            out.writeBytes(ph.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(base64(part.content()));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String textHeaders() {
        return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    }

    private static byte[] base64(byte[] content) {
        byte[] encoded = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + 2);
        out.writeBytes(encoded);
        out.writeBytes(new byte[] {'\r', '\n'});
        return out.toByteArray();
    }

    private static void addresses(StringBuilder head, String name, List<Mailbox> boxes) {
        if (boxes.isEmpty()) {
            return;
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Mailbox box = boxes.get(i);
            String comma = i + 1 < boxes.size() ? "," : "";
            if (!box.displayName().isEmpty()) {
                tokens.addAll(HeaderEncoding.displayName(box.displayName()));
                tokens.add("<" + box.address() + ">" + comma);
            } else {
                tokens.add(box.address() + comma);
            }
        }
        head.append(HeaderEncoding.fold(name + ":", tokens, " "));
    }

    /** Addresses as a reader sees them, for the text of an attached mail. */
    static String addressText(List<Mailbox> boxes) {
        List<String> shown = new ArrayList<>();
        for (Mailbox box : boxes) {
            shown.add(box.displayName().isEmpty() ? box.address() : box.displayName() + " <" + box.address() + ">");
        }
        return String.join(", ", shown);
    }
}
