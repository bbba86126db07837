package jp.mamori.sanitizer.worker;

import java.util.Map;
import java.util.Set;
import jp.mamori.sanitizer.FindingKind;

/**
 * Which OPC parts and relationships are active content, which parts are passive, and how each main document
 * type maps to its macro-free form. Kept apart from the disarm so the lists can be reviewed on their own.
 */
final class OoxmlCatalogue {
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String HYPERLINK_NEUTRAL_TARGET = "about:blank";

    private OoxmlCatalogue() {
    }

    /** The output form of a main document part: macro-free content type and file extension. */
    record MainType(String contentType, String extension, String mediaType) {
    }

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String PML = "application/vnd.openxmlformats-officedocument.presentationml.";

    private static final MainType DOCX = new MainType(WML + "document.main+xml", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MainType DOTX = new MainType(WML + "template.main+xml", "dotx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template");
    private static final MainType XLSX = new MainType(SML + "sheet.main+xml", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MainType XLTX = new MainType(SML + "template.main+xml", "xltx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template");
    private static final MainType PPTX = new MainType(PML + "presentation.main+xml", "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final MainType PPSX = new MainType(PML + "slideshow.main+xml", "ppsx",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow");
    private static final MainType POTX = new MainType(PML + "template.main+xml", "potx",
            "application/vnd.openxmlformats-officedocument.presentationml.template");

    /** Main part content type (macro-enabled or not) → its macro-free output. Anything else is refused. */
    static final Map<String, MainType> MAIN_TYPES = Map.ofEntries(
            Map.entry(DOCX.contentType(), DOCX),
            Map.entry("application/vnd.ms-word.document.macroEnabled.main+xml", DOCX),
            Map.entry(DOTX.contentType(), DOTX),
            Map.entry("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", DOTX),
            Map.entry(XLSX.contentType(), XLSX),
            Map.entry("application/vnd.ms-excel.sheet.macroEnabled.main+xml", XLSX),
            Map.entry(XLTX.contentType(), XLTX),
            Map.entry("application/vnd.ms-excel.template.macroEnabled.main+xml", XLTX),
            Map.entry(PPTX.contentType(), PPTX),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", PPTX),
            Map.entry(PPSX.contentType(), PPSX),
            Map.entry("application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml", PPSX),
            Map.entry(POTX.contentType(), POTX),
            Map.entry("application/vnd.ms-powerpoint.template.macroEnabled.main+xml", POTX));

    /** Parts removed by content type, with what they are. */
    static final Map<String, FindingKind> ACTIVE_PART_TYPES = Map.ofEntries(
            Map.entry("application/vnd.ms-office.vbaProject", FindingKind.MACRO),
            Map.entry("application/vnd.ms-office.vbaProjectSignature", FindingKind.MACRO),
            Map.entry("application/vnd.ms-word.vbaData+xml", FindingKind.MACRO),
            Map.entry("application/vnd.ms-word.keyMapCustomizations+xml", FindingKind.MACRO),
            Map.entry("application/vnd.ms-word.attachedToolbars", FindingKind.MACRO),
            Map.entry("application/vnd.ms-excel.macrosheet+xml", FindingKind.MACRO),
            Map.entry("application/vnd.ms-excel.intlmacrosheet+xml", FindingKind.MACRO),
            Map.entry("application/vnd.ms-office.activeX+xml", FindingKind.ACTIVE_CONTENT),
            Map.entry("application/vnd.ms-office.activeX", FindingKind.ACTIVE_CONTENT),
            Map.entry("application/vnd.openxmlformats-officedocument.oleObject", FindingKind.OLE_OBJECT),
            Map.entry("application/vnd.openxmlformats-officedocument.package", FindingKind.EMBEDDED_FILE),
            Map.entry(SML + "externalLink+xml", FindingKind.EXTERNAL_LINK),
            Map.entry(SML + "connections+xml", FindingKind.EXTERNAL_LINK),
            Map.entry(SML + "queryTable+xml", FindingKind.EXTERNAL_LINK));

    /**
     * Relationship types (the part after the last schema folder) removed even when their target survives:
     * they make Office load code or fetch something.
     */
    static final Set<String> ACTIVE_RELATIONSHIP_SUFFIXES = Set.of("/vbaProject", "/vbaProjectSignature",
            "/wordVbaData", "/keyMapCustomizations", "/attachedToolbars", "/control", "/activeXControlBinary",
            "/oleObject", "/package", "/aFChunk", "/attachedTemplate", "/externalLink", "/externalLinkPath",
            "/connections", "/queryTable", "/extensibility", "/frame", "/subDocument", "/mailMergeSource",
            "/mailMergeHeaderSource", "/recipientData", "/dataSource");

    /** Binary parts that are passive (pictures, fonts, printer settings); any other binary part is removed. */
    static boolean isPassive(String contentType) {
        return contentType.endsWith("+xml") || contentType.equals("application/xml")
                || contentType.equals("text/xml") || contentType.startsWith("image/")
                || contentType.startsWith("application/x-font") || contentType.contains("obfuscatedFont")
                || contentType.equals("application/vnd.ms-opentype") || contentType.endsWith(".printerSettings")
                || contentType.equals("application/vnd.openxmlformats-officedocument.vmlDrawing");
    }

    /** Parts that must parse as strict XML. VML is left out: Office itself writes it not well-formed. */
    static boolean isXml(String contentType) {
        return contentType.endsWith("+xml") || contentType.equals("application/xml")
                || contentType.equals("text/xml");
    }

    /** Word parts that can hold fields (DDE lives in fields). */
    static boolean holdsWordFields(String contentType) {
        return contentType.startsWith(WML) || contentType.startsWith("application/vnd.ms-word.");
    }

    /**
     * Whether a relationship's target points outside the package although it may not say TargetMode="External": a
     * URI with a scheme ({@code file:}, {@code http:}, {@code ms-word:}…), a UNC path or a protocol-relative one.
     */
    static boolean leavesThePackage(String target) {
        String t = target.strip();
        return t.startsWith("\\") || t.startsWith("//")
                || t.matches("(?s)[A-Za-z][A-Za-z0-9+.\\-]*:.*");
    }

    static boolean isWorksheet(String contentType) {
        return contentType.equals(SML + "worksheet+xml");
    }
}
