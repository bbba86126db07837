package jp.mamori.sanitizer.file;

import java.util.Locale;
import java.util.Set;

/**
 * Names the disarmed file: the sender's base name, made harmless, with the extension of the format that
 * actually comes out ({@code 見積書.docm} → {@code 見積書.docx}, {@code scan.pdf.exe} holding a PDF →
 * {@code scan.pdf.pdf}). The name never decides the format; it is only checked against it.
 */
final class OutputName {
    /** Names that Windows would run or hand to a script host: content under such a name is suspicious. */
    static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "vbs",
            "vbe", "js", "jse", "wsf", "wsh", "hta", "ps1", "psm1", "msi", "msp", "lnk", "reg", "inf", "cpl",
            "jar", "sh", "url", "scf", "application", "gadget", "msc", "dll", "sys", "chm", "hlp", "iso", "img",
            "vhd", "vhdx", "svg", "htm", "html", "xht", "xhtml", "mht", "mhtml", "xml", "xsl", "iqy", "slk");

    private OutputName() {
    }

    /** The sender's name reduced to its last path segment, without control, bidi or reserved characters. */
    static String clean(String declared) {
        String name = declared == null ? "" : declared;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            boolean bidiOrInvisible = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                    || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D);
            boolean reserved = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || "<>:\"|?*".indexOf(cp) >= 0;
            out.appendCodePoint(bidiOrInvisible || reserved ? '_' : cp);
        });
        String result = out.toString().strip();
        while (result.endsWith(".")) {
            result = result.substring(0, result.length() - 1); // Windows drops trailing dots anyway
        }
        return result.isEmpty() || result.equals(".") || result.equals("..") ? "file" : result;
    }

    /** The declared extension in lower case, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The clean name with its extension replaced by (or, without one, extended with) {@code extension}. */
    static String withExtension(String cleanName, String extension) {
        String current = extension(cleanName);
        String base = current.isEmpty() ? cleanName : cleanName.substring(0, cleanName.length() - current.length() - 1);
        return base + "." + extension;
    }
}
