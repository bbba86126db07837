package jp.mamori.sanitizer.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * ZIP entry names: decoded from their raw bytes (UTF-8 when flagged or valid, else CP932 as written by
 * Japanese Windows' 「送る → 圧縮フォルダー」), and judged for path traversal.
 */
final class EntryName {
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private EntryName() {
    }

    static String decode(byte[] raw, boolean utf8Flag) {
        boolean ascii = true;
        for (byte b : raw) {
            ascii &= b >= 0;
        }
        if (ascii) {
            return new String(raw, StandardCharsets.US_ASCII);
        }
        String utf8 = strict(raw, StandardCharsets.UTF_8);
        if (utf8Flag || utf8 != null) {
            // Valid multi-byte UTF-8 is very unlikely to be accidental CP932, so trust it even unflagged.
            return utf8 != null ? utf8 : new String(raw, StandardCharsets.UTF_8);
        }
        String cp932 = strict(raw, WINDOWS_31J);
        return cp932 != null ? cp932 : new String(raw, WINDOWS_31J);
    }

    /** Why this name would escape the extraction folder, or null when it is safe. */
    static String traversal(String name) {
        if (name.indexOf('\0') >= 0) {
            return "NUL in entry name";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "absolute entry name";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in entry name";
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return "parent-folder (..) entry name";
            }
        }
        return null;
    }

    /** The name for the rebuilt archive: each folder cleaned, the file given the produced extension. */
    static String rebuilt(String name, String extension) {
        int slash = name.lastIndexOf('/');
        StringBuilder out = new StringBuilder();
        if (slash >= 0) {
            for (String folder : name.substring(0, slash).split("/")) {
                if (!folder.isEmpty() && !folder.equals(".")) {
                    out.append(OutputName.clean(folder)).append('/');
                }
            }
        }
        String file = OutputName.clean(name.substring(slash + 1));
        return out + (extension == null ? file : OutputName.withExtension(file, extension));
    }

    private static String strict(byte[] raw, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
