package jp.mamori.sanitizer.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One MIME entity of a parsed mail: the message itself, a body part, or a message/rfc822 inside a part.
 * Built once by {@link MimeReader} and then only read; confined to one sanitisation, never shared.
 */
final class Entity {

    enum Shape { LEAF, MULTIPART, MESSAGE }

    final String location;
    final int depth;
    final List<HeaderField> fields = new ArrayList<>();
    final List<Entity> children = new ArrayList<>();
    Shape shape = Shape.LEAF;
    HeaderValue contentType = HeaderValue.EMPTY;
    HeaderValue disposition = HeaderValue.EMPTY;
    String transferEncoding = "7bit";
    byte[] body = new byte[0];
    /** Why this part cannot be trusted (conflicting headers, undecodable body); null when it can. */
    String ambiguity;
    /** The decoded text of a text part, once computed (see {@link ContentWalk#text}). */
    String text;
    /** The media type when Content-Type is absent: text/plain, message/rfc822 inside multipart/digest. */
    String defaultType = "text/plain";

    Entity(String location, int depth) {
        this.location = location;
        this.depth = depth;
    }

    /** The declared media type, {@code text/plain} when absent (RFC 2045 default). */
    String mediaType() {
        String type = contentType.value();
        return type.isEmpty() ? defaultType : type;
    }

    boolean isAttachmentDisposition() {
        return disposition.value().equals("attachment");
    }

    /** The sender's file name for this part, from Content-Disposition or Content-Type; null if none. */
    String fileName() {
        String name = disposition.text("filename");
        if (name == null || name.isBlank()) {
            name = contentType.text("name");
        }
        return name == null || name.isBlank() ? null : name;
    }

    HeaderField first(String name) {
        for (HeaderField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    int count(String name) {
        int n = 0;
        for (HeaderField f : fields) {
            if (f.name().equals(name)) {
                n++;
            }
        }
        return n;
    }

    String charset() {
        String charset = contentType.raw("charset");
        return charset == null ? null : charset.toLowerCase(Locale.ROOT);
    }
}
