package jp.mamori.sanitizer.mail;

import java.text.Normalizer;
import java.util.Map;

/** Attachment names made safe to show and to save: no path, no control or direction characters, NFC. */
final class FileNames {

    private static final int MAX_LENGTH = 200;
    private static final Map<String, String> EXTENSIONS = Map.of(
            "text/plain", ".txt", "text/html", ".html", "image/png", ".png", "image/jpeg", ".jpg",
            "image/gif", ".gif", "application/pdf", ".pdf", "message/rfc822", ".eml", "text/calendar", ".ics");

    private FileNames() {
    }

    /** The sender's name cleaned, or a generated one ({@code part-2.1.bin}) when there is none left. */
    static String safe(String name, String location, String mediaType) {
        String cleaned = name == null ? "" : EncodedWords.withoutControls(name);
        cleaned = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
        int slash = Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\'));
        cleaned = cleaned.substring(slash + 1).strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH));
        }
        if (cleaned.isBlank()) {
            String number = location.replace("part ", "").replace("message", "1");
            return "part-" + number + EXTENSIONS.getOrDefault(mediaType, ".bin");
        }
        return cleaned;
    }
}
