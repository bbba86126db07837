package jp.mamori.sanitizer.mail;

import java.util.Locale;
import java.util.Set;

/**
 * Reads an entity's MIME headers and names anything two mail clients could read differently: a second
 * Content-Type, Content-Transfer-Encoding or Content-Disposition (one client takes the first, another the
 * last), a parameter given twice (CVE-2024-28054: MUAs take the first {@code boundary}, MIME::Parser the
 * last), a multipart without a boundary, an encoding nobody defined, NUL bytes in a header.
 */
final class HeaderCheck {

    /** MIME-Version is not here: a duplicate changes nothing, and mailing lists sometimes add one. */
    private static final Set<String> SINGLE = Set.of("content-type", "content-transfer-encoding",
            "content-disposition");

    private HeaderCheck() {
    }

    /** Fills in the entity's parsed MIME headers; returns why it is ambiguous, or null. */
    static String problem(Entity e) {
        for (String name : SINGLE) {
            if (e.count(name) > 1) {
                return "the header " + name + " appears " + e.count(name) + " times";
            }
        }
        for (HeaderField f : e.fields) {
            for (byte b : f.value()) {
                if (b == 0) {
                    return "a NUL byte in the header " + f.name();
                }
            }
        }
        HeaderField type = e.first("content-type");
        if (type != null) {
            e.contentType = HeaderValue.parse(type.rawText());
            if (!e.contentType.value().matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
                return "Content-Type is not a media type: " + abbreviated(e.contentType.value());
            }
            if (!e.contentType.duplicateNames().isEmpty()) {
                return "Content-Type gives the parameter " + e.contentType.duplicateNames() + " more than once";
            }
            if (e.mediaType().startsWith("multipart/")) {
                String boundary = e.contentType.raw("boundary");
                if (boundary == null || boundary.isEmpty()) {
                    return "multipart without a boundary";
                }
            }
        }
        HeaderField disposition = e.first("content-disposition");
        if (disposition != null) {
            e.disposition = HeaderValue.parse(disposition.rawText());
            if (!e.disposition.duplicateNames().isEmpty()) {
                return "Content-Disposition gives the parameter " + e.disposition.duplicateNames()
                        + " more than once";
            }
        }
        HeaderField encoding = e.first("content-transfer-encoding");
        if (encoding != null) {
            e.transferEncoding = encoding.rawText().strip().toLowerCase(Locale.ROOT);
            if (!MimeReader.knownEncoding(e.transferEncoding)) {
                return "unknown Content-Transfer-Encoding " + abbreviated(e.transferEncoding);
            }
            boolean encoded = e.transferEncoding.equals("base64") || e.transferEncoding.equals("quoted-printable");
            if (encoded && e.mediaType().startsWith("multipart/")) {
                return "a multipart cannot be " + e.transferEncoding + " encoded";
            }
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
