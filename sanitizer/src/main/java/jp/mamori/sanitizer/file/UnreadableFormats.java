package jp.mamori.sanitizer.file;

import java.util.Map;

/**
 * Formats Japanese offices send that the engine cannot read, named so that the block reason says what the file is
 * and what to ask for instead, rather than "not an allowed file type". Matched by the declared extension: these
 * formats are OLE2 or ZIP containers whose inside the engine does not parse, so the content alone would only say
 * "OLE2 file" or "ZIP container". Blocking is fail-closed whatever the content really is.
 */
final class UnreadableFormats {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("jtd", "一太郎 document (.jtd)"),
            Map.entry("jtdc", "一太郎 document (.jtdc)"),
            Map.entry("jtt", "一太郎 template (.jtt)"),
            Map.entry("jttc", "一太郎 template (.jttc)"),
            Map.entry("jbw", "一太郎 document of an old version (.jbw)"),
            Map.entry("jfw", "一太郎 document of an old version (.jfw)"),
            Map.entry("jsd", "花子 drawing (.jsd)"),
            Map.entry("hwp", "Hangul document (.hwp)"),
            Map.entry("pages", "Apple Pages document (.pages)"),
            Map.entry("numbers", "Apple Numbers spreadsheet (.numbers)"),
            Map.entry("key", "Apple Keynote presentation (.key)"));

    private UnreadableFormats() {
    }

    /** The block reason for a file in a format the engine cannot read, or null when its extension is not one. */
    static String named(String declaredExtension) {
        String format = NAMES.get(declaredExtension);
        return format == null ? null : format + " cannot be read by the sanitiser, so it cannot be made safe; "
                + "ask the sender for PDF, Word (.docx) or text instead";
    }
}
