package jp.mamori.sanitizer.file;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.worker.Disarmed;

/**
 * Text and CSV → UTF-8 without BOM, without control characters (tab, CR and LF stay) and without bidi
 * overrides that can make text read differently from what it is. In CSV, cells that would make Excel start
 * a program through DDE ({@code =cmd|' /c calc'!A0}) are quoted as text.
 *
 * <p>Text stays text: the engine does not look for signatures, so a file holding the EICAR string comes
 * out with the same characters, but always under a text name and media type, never an executable one
 * (executable and script names are refused before this point). Signature scanning is the virus scanner's
 * job downstream.
 */
final class TextDisarm {
    private static final Set<String> CSV = Set.of("csv", "tsv", "tab", "prn");
    /** Above this share of control characters the "text" is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Pattern DDE_CELL =
            Pattern.compile("(^|[,;\\t])(\"?)(\\s*[=+\\-@][^,;\\t\\r\\n]*\\|[^,;\\t\\r\\n]*!)", Pattern.MULTILINE);

    Disarmed disarm(byte[] content, String name) {
        JapaneseText.Decoded decoded = JapaneseText.decode(content);
        if (decoded == null) {
            return Disarmed.blocked(FileType.TEXT.mediaType, name, FindingKind.UNKNOWN_TYPE,
                    "not text in a supported charset (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP, UTF-16)");
        }
        String text = decoded.text();
        StringBuilder out = new StringBuilder(text.length());
        int controls = 0;
        int bidi = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c < 0xA0) || c == 0xFEFF) {
                controls++;
            } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                bidi++;
            } else {
                out.append(c);
            }
        }
        if (controls > 16 && controls > text.length() * MAX_CONTROL_SHARE) {
            return Disarmed.blocked(FileType.TEXT.mediaType, name, FindingKind.UNKNOWN_TYPE,
                    "binary data, not text (" + controls + " control characters)");
        }
        List<Finding> findings = new ArrayList<>();
        if (controls > 0) {
            findings.add(new Finding(name, FindingKind.ACTIVE_CONTENT, Action.REMOVED, controls + " control character(s) removed"));
        }
        if (bidi > 0) {
            findings.add(new Finding(name, FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                    bidi + " bidirectional override character(s) removed"));
        }
        String declared = OutputName.extension(name);
        boolean csv = CSV.contains(declared);
        String result = out.toString();
        if (csv) {
            Matcher m = DDE_CELL.matcher(result);
            int n = 0;
            StringBuilder quoted = new StringBuilder();
            while (m.find()) {
                n++;
                m.appendReplacement(quoted, Matcher.quoteReplacement(m.group(1) + m.group(2) + "'" + m.group(3)));
            }
            m.appendTail(quoted);
            if (n > 0) {
                result = quoted.toString();
                findings.add(new Finding(name, FindingKind.ACTIVE_CONTENT, Action.CONVERTED,
                        n + " DDE formula cell(s) turned into text"));
            }
        }
        String extension = FileType.TEXT.declaredExtensions.contains(declared) ? declared : FileType.TEXT.extension;
        String mediaType = (csv ? "text/csv" : "text/plain") + "; charset=UTF-8";
        return Disarmed.passed("text/plain; charset=" + decoded.charset(), result.getBytes(StandardCharsets.UTF_8),
                mediaType, extension, findings);
    }
}
