package jp.mamori.sanitizer.file;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.worker.Disarmed;

/**
 * RTF → the same RTF without embedded objects ({@code \object}, {@code \objdata}: the Equation Editor
 * exploits), remote templates, data stores, mail-merge sources, and with dangerous fields (DDE, INCLUDETEXT,
 * INCLUDEPICTURE, IMPORT, LINK) replaced by their last displayed result. A byte-level tokenizer, not a
 * parser: it only needs braces, control words and {@code \bin}, so it stays in-process and never decodes
 * text (DocBleach read RTF as UTF-8 and mangled 8-bit bytes). Anything after the document's closing brace
 * is dropped. Unbalanced or too deeply nested input is blocked, and so is output that still names an object.
 */
final class RtfDisarm {
    private static final int MAX_DEPTH = 256;
    private static final Map<String, FindingKind> DROPPED_DESTINATIONS = Map.of(
            "object", FindingKind.OLE_OBJECT,
            "objdata", FindingKind.OLE_OBJECT,
            "objclass", FindingKind.OLE_OBJECT,
            "template", FindingKind.EXTERNAL_LINK,
            "datastore", FindingKind.EMBEDDED_FILE,
            "mailmerge", FindingKind.EXTERNAL_LINK);
    private static final Set<String> DANGEROUS_FIELDS = Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE",
            "INCLUDE", "IMPORT", "LINK");
    private static final List<String> FORBIDDEN_IN_OUTPUT = List.of("\\object", "\\objdata", "\\objemb",
            "\\objlink", "\\objautlink", "\\template", "\\datastore");

    /** Malformed RTF; the message is the block reason. */
    private static final class Malformed extends Exception {
        Malformed(String reason) {
            super(reason);
        }
    }

    Disarmed disarm(byte[] content, String name) {
        Session session = new Session(content);
        try {
            int end = session.matching(0);
            session.group(0, end, 0);
        } catch (Malformed e) {
            return Disarmed.blocked(FileType.RTF.mediaType, name, FindingKind.AMBIGUOUS_STRUCTURE, e.getMessage());
        }
        byte[] out = session.out.toByteArray();
        String text = new String(out, StandardCharsets.ISO_8859_1);
        for (String word : FORBIDDEN_IN_OUTPUT) {
            int at = text.indexOf(word);
            if (at >= 0 && (at + word.length() == text.length() || !Character.isLetter(text.charAt(at + word.length())))) {
                return Disarmed.blocked(FileType.RTF.mediaType, name, FindingKind.OLE_OBJECT,
                        "RTF still holds " + word + " outside a removable group");
            }
        }
        if (content.length > out.length && session.trailing > 0) {
            session.findings.add(new Finding(name, FindingKind.AMBIGUOUS_STRUCTURE, Action.REMOVED,
                    session.trailing + " byte(s) after the end of the document removed"));
        }
        return Disarmed.passed(FileType.RTF.mediaType, out, FileType.RTF.mediaType, "rtf", session.findings);
    }

    private static final class Session {
        final byte[] in;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final List<Finding> findings = new ArrayList<>();
        int trailing;

        Session(byte[] in) {
            this.in = in;
        }

        /** Copies the group that opens at {@code open} and closes at {@code close}, disarming inside. */
        void group(int open, int close, int depth) throws Malformed {
            if (depth > MAX_DEPTH) {
                throw new Malformed("RTF groups nested deeper than " + MAX_DEPTH);
            }
            if (depth == 0) {
                trailing = in.length - close - 1;
            }
            out.write('{');
            int i = open + 1;
            while (i < close) {
                byte b = in[i];
                if (b == '{') {
                    int end = matching(i);
                    String word = destination(i);
                    FindingKind dropped = word == null ? null : DROPPED_DESTINATIONS.get(word);
                    if (dropped != null) {
                        findings.add(new Finding("\\" + word, dropped, Action.REMOVED, "RTF " + word + " removed"));
                    } else if ("field".equals(word)) {
                        field(i, end, depth + 1);
                    } else {
                        group(i, end, depth + 1);
                    }
                    i = end + 1;
                } else if (b == '\\') {
                    i = controlWord(i, true);
                } else {
                    out.write(b);
                    i++;
                }
            }
            out.write('}');
        }

        /** A field: kept, unless its instruction is dangerous; then only its result text stays. */
        private void field(int open, int close, int depth) throws Malformed {
            int inst = subgroup(open, close, "fldinst");
            String instruction = inst < 0 ? "" : plainText(inst, matching(inst)).strip();
            String first = instruction.split("[\\s\\\\\"]", 2)[0].toUpperCase(Locale.ROOT);
            if (!DANGEROUS_FIELDS.contains(first)) {
                group(open, close, depth);
                return;
            }
            findings.add(new Finding("\\field", FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                    "field removed, displayed text kept: " + abbreviate(instruction)));
            int result = subgroup(open, close, "fldrslt");
            if (result >= 0) {
                group(result, matching(result), depth); // its \fldrslt word is harmless outside a field
            }
        }

        /** The first control word of the group at {@code open}, skipping {@code \*}; null if none. */
        private String destination(int open) {
            int i = open + 1;
            while (i < in.length && (in[i] == '\r' || in[i] == '\n' || in[i] == ' ')) {
                i++;
            }
            if (i + 1 < in.length && in[i] == '\\' && in[i + 1] == '*') {
                i += 2;
                while (i < in.length && (in[i] == '\r' || in[i] == '\n' || in[i] == ' ')) {
                    i++;
                }
            }
            return i < in.length && in[i] == '\\' ? letters(i + 1) : null;
        }

        /** The offset of the first direct or nested subgroup whose destination is {@code word}, or -1. */
        private int subgroup(int open, int close, String word) throws Malformed {
            for (int i = open + 1; i < close; i++) {
                if (in[i] == '\\') {
                    i = skipControl(i) - 1;
                } else if (in[i] == '{' && word.equals(destination(i))) {
                    return i;
                }
            }
            return -1;
        }

        private String plainText(int open, int close) throws Malformed {
            StringBuilder s = new StringBuilder();
            for (int i = open + 1; i < close; ) {
                if (in[i] == '\\') {
                    int next = skipControl(i);
                    if (i + 1 < in.length && (in[i + 1] == '\\' || in[i + 1] == '{' || in[i + 1] == '}')) {
                        s.append((char) in[i + 1]);
                    }
                    i = next;
                } else {
                    if (in[i] != '{' && in[i] != '}' && in[i] != '\r' && in[i] != '\n') {
                        s.append((char) (in[i] & 0xFF));
                    }
                    i++;
                }
            }
            return s.toString();
        }

        /** Copies one control word or symbol (and the raw bytes of {@code \binN}); returns the next offset. */
        private int controlWord(int at, boolean copy) throws Malformed {
            int end = skipControl(at);
            if (copy) {
                out.write(in, at, end - at);
            }
            return end;
        }

        /** The offset just after the control word or symbol at {@code at}, including {@code \bin} data. */
        private int skipControl(int at) throws Malformed {
            int i = at + 1;
            if (i >= in.length) {
                return i;
            }
            if (!isLetter(in[i])) {
                return in[i] == '\'' ? Math.min(in.length, i + 3) : i + 1;
            }
            String word = letters(i);
            i += word.length();
            int paramStart = i;
            if (i < in.length && in[i] == '-') {
                i++;
            }
            while (i < in.length && in[i] >= '0' && in[i] <= '9' && i - paramStart < 11) {
                i++;
            }
            long param = i > paramStart && !(i == paramStart + 1 && in[paramStart] == '-')
                    ? Long.parseLong(new String(in, paramStart, i - paramStart, StandardCharsets.US_ASCII)) : 0;
            if (i < in.length && in[i] == ' ') {
                i++; // the delimiter space belongs to the control word
            }
            if (word.equals("bin")) {
                if (param < 0 || i + param > in.length) {
                    throw new Malformed("\\bin length outside the document");
                }
                i += (int) param;
            }
            return i;
        }

        /** Offset of the brace closing the group opened at {@code open}. */
        int matching(int open) throws Malformed {
            int depth = 0;
            for (int i = open; i < in.length; ) {
                byte b = in[i];
                if (b == '\\') {
                    i = skipControl(i);
                    continue;
                }
                if (b == '{') {
                    depth++;
                } else if (b == '}' && --depth == 0) {
                    return i;
                }
                i++;
            }
            throw new Malformed("unbalanced braces in RTF");
        }

        private String letters(int from) {
            int i = from;
            while (i < in.length && isLetter(in[i]) && i - from < 32) {
                i++;
            }
            return i == from ? null : new String(in, from, i - from, StandardCharsets.US_ASCII);
        }

        private static boolean isLetter(byte b) {
            return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
