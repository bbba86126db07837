package jp.mamori.sanitizer.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * OpenDocument (.odt, .ods, .odp and their templates) → the same document without what can run or fetch: Basic and
 * script libraries, dialogs and UI configuration (which binds keys and menus to macros), embedded objects and
 * applets, event listeners (on the document, on form controls, on presentation shapes), macro fields, DDE and
 * linked sections or tables, and images or links that load from outside the package; text, tables, styles and the
 * pictures inside the package are kept. Every kept XML part must parse strictly without a DOCTYPE; a part that is
 * neither XML nor a picture is removed. Runs only inside a worker process.
 */
final class OdfDisarm {
    static final String MIMETYPE = "mimetype";
    private static final String MANIFEST = "META-INF/manifest.xml";
    private static final String ODF = "application/vnd.oasis.opendocument.";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

    /** The document kinds read, with the extension and media type of the output (templates become documents). */
    private static final Map<String, String[]> KINDS = Map.of(
            "text", new String[] {"odt", ODF + "text"},
            "text-template", new String[] {"odt", ODF + "text"},
            "spreadsheet", new String[] {"ods", ODF + "spreadsheet"},
            "spreadsheet-template", new String[] {"ods", ODF + "spreadsheet"},
            "presentation", new String[] {"odp", ODF + "presentation"},
            "presentation-template", new String[] {"odp", ODF + "presentation"});

    /** Folders whose parts are code or bind code: removed whole. */
    private static final List<String> CODE_FOLDERS = List.of("basic/", "scripts/", "dialogs/", "configurations2/");

    /** Elements removed with everything inside them (local names in their ODF namespaces). */
    private static final Set<String> REMOVED_ELEMENTS = Set.of("scripts", "event-listeners", "event-listener",
            "object", "object-ole", "applet", "plugin", "dde-source", "dde-connection-decls", "dde-connection-decl",
            "dde-links", "dde-link", "section-source", "table-source", "cell-range-source", "database-source-sql",
            "database-source-table", "database-source-query");

    /** Elements replaced by their content: the text stays, the behaviour goes. */
    private static final Set<String> UNWRAPPED_ELEMENTS = Set.of("execute-macro", "dde-connection");

    private final FileLimits limits;

    OdfDisarm(FileLimits limits) {
        this.limits = limits;
    }

    Disarmed disarm(byte[] content) throws IOException {
        Map<String, byte[]> parts;
        try {
            parts = OoxmlParts.read(content, limits);
        } catch (OoxmlParts.Refused refused) {
            return Disarmed.blocked(ODF + "*", "package",
                    refused.encrypted ? FindingKind.ENCRYPTION : FindingKind.AMBIGUOUS_STRUCTURE, refused.getMessage());
        }
        byte[] mimetype = parts.get(MIMETYPE);
        String type = mimetype == null ? "" : new String(mimetype, StandardCharsets.US_ASCII).strip();
        String[] output = type.startsWith(ODF) ? KINDS.get(type.substring(ODF.length())) : null;
        if (output == null) {
            return Disarmed.blocked(type.isEmpty() ? ODF + "*" : type, "package", FindingKind.UNKNOWN_TYPE,
                    "not an OpenDocument text, spreadsheet or presentation (mimetype \"" + type + "\")");
        }
        if (parts.containsKey("META-INF/encryption.xml") || manifestEncrypts(parts.get(MANIFEST))) {
            return Disarmed.blocked(type, "package", FindingKind.ENCRYPTION, "password-protected document");
        }
        try {
            List<Finding> findings = new ArrayList<>();
            removeParts(parts, findings);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (part.getKey().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    Document doc = SafeXml.parse(part.getValue()); // every kept XML part, strictly, no DOCTYPE
                    boolean changed = part.getKey().equals(MANIFEST) ? forgetRemoved(doc, parts.keySet())
                            : clean(doc.getDocumentElement(), part.getKey(), findings);
                    if (changed) {
                        part.setValue(SafeXml.serialise(doc));
                    }
                }
            }
            if (!type.equals(output[1])) {
                findings.add(new Finding("document", FindingKind.MACRO, Action.CONVERTED,
                        "template converted to a document (." + output[0] + ")"));
            }
            parts.put(MIMETYPE, output[1].getBytes(StandardCharsets.US_ASCII));
            return Disarmed.passed(type, write(parts), output[1], output[0], findings);
        } catch (IOException malformed) {
            return Disarmed.blocked(type, "package", FindingKind.AMBIGUOUS_STRUCTURE,
                    "malformed OpenDocument package: " + malformed.getMessage());
        }
    }

    private static boolean manifestEncrypts(byte[] manifest) {
        return manifest != null && OoxmlDisarm.contains(manifest, "encryption-data");
    }

    /** Code folders, embedded objects, signatures over what changes, and any part that is neither XML nor a picture. */
    private static void removeParts(Map<String, byte[]> parts, List<Finding> findings) {
        for (String name : new ArrayList<>(parts.keySet())) {
            String lower = name.toLowerCase(Locale.ROOT);
            FindingKind kind = null;
            String what = null;
            if (CODE_FOLDERS.stream().anyMatch(lower::startsWith)) {
                kind = FindingKind.MACRO;
                what = "macro library, dialog or UI configuration removed";
            } else if (lower.startsWith("object ") || lower.startsWith("objectreplacements/")) {
                kind = FindingKind.EMBEDDED_FILE;
                what = "embedded object removed";
            } else if (lower.startsWith("meta-inf/") && lower.contains("signatures")) {
                kind = FindingKind.METADATA;
                what = "signature removed (it no longer matches the disarmed document)";
            } else if (!name.equals(MIMETYPE) && !lower.endsWith(".xml") && !isPicture(name, parts.get(name))) {
                kind = FindingKind.EMBEDDED_FILE;
                what = "part that is neither XML nor a picture removed";
            }
            if (kind != null) {
                parts.remove(name);
                findings.add(new Finding(name, kind, Action.REMOVED, what));
            }
        }
    }

    /** Pictures and thumbnails by their signature (PNG, JPEG, GIF, SVG is XML and parsed as such). */
    private static boolean isPicture(String name, byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
        boolean gif = b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F';
        String lower = name.toLowerCase(Locale.ROOT);
        return (png || jpeg || gif) && (lower.startsWith("pictures/") || lower.startsWith("thumbnails/")
                || lower.startsWith("media/"));
    }

    /** Removes what runs or fetches from one XML part; true when anything changed. */
    private static boolean clean(Element root, String part, List<Finding> findings) {
        List<Element> removed = new ArrayList<>();
        List<Element> unwrapped = new ArrayList<>();
        List<Attr> neutralised = new ArrayList<>();
        walk(root, removed, unwrapped, neutralised);
        for (Element e : removed) {
            findings.add(new Finding(part, kindOf(e), Action.REMOVED, e.getTagName() + " removed"));
            e.getParentNode().removeChild(e);
        }
        for (Element e : unwrapped) {
            findings.add(new Finding(part, FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                    e.getTagName() + " removed, its text kept"));
            Node parent = e.getParentNode();
            while (e.getFirstChild() != null) {
                parent.insertBefore(e.getFirstChild(), e);
            }
            parent.removeChild(e);
        }
        for (Attr a : neutralised) {
            findings.add(new Finding(part, FindingKind.EXTERNAL_LINK, Action.CONVERTED,
                    "link made inactive: " + OoxmlDisarm.defang(a.getValue())));
            a.setValue(OoxmlCatalogue.HYPERLINK_NEUTRAL_TARGET);
        }
        return !removed.isEmpty() || !unwrapped.isEmpty() || !neutralised.isEmpty();
    }

    private static void walk(Element e, List<Element> removed, List<Element> unwrapped, List<Attr> neutralised) {
        String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        boolean odf = e.getNamespaceURI() != null && e.getNamespaceURI().startsWith("urn:oasis:names:tc:opendocument");
        if (odf && REMOVED_ELEMENTS.contains(local)) {
            removed.add(e);
            return;
        }
        String href = e.getAttributeNS(XLINK, "href");
        if (!href.isEmpty() && leavesThePackage(href)) {
            // A picture or a linked frame loads from outside when the document opens: it goes. A hyperlink only
            // when clicked: its text stays and its target is made inactive.
            if (local.equals("a")) {
                Attr a = e.getAttributeNodeNS(XLINK, "href");
                if (!OoxmlCatalogue.HYPERLINK_NEUTRAL_TARGET.equals(a.getValue())) {
                    neutralised.add(a);
                }
            } else {
                removed.add(e);
                return;
            }
        }
        if (odf && UNWRAPPED_ELEMENTS.contains(local)) {
            unwrapped.add(e);
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            // Macro bindings written as attributes (form controls, table cells) name a script URL.
            if (a.getValue().startsWith("vnd.sun.star.script:") || a.getValue().startsWith("macro:")) {
                removed.add(e);
                return;
            }
        }
        for (Element child : Relationships.children(e)) {
            walk(child, removed, unwrapped, neutralised);
        }
    }

    private static FindingKind kindOf(Element e) {
        String local = e.getLocalName();
        if (SCRIPT.equals(e.getNamespaceURI()) || local.contains("event-listener") || local.equals("scripts")) {
            return FindingKind.MACRO;
        }
        if (local.startsWith("object") || local.equals("applet") || local.equals("plugin")) {
            return FindingKind.OLE_OBJECT;
        }
        if (local.startsWith("dde") || local.endsWith("-source")) {
            return FindingKind.EXTERNAL_LINK;
        }
        return FindingKind.ACTIVE_CONTENT;
    }

    /** Whether a link leaves the package: a scheme, a UNC or protocol-relative path, or a path above the package. */
    private static boolean leavesThePackage(String href) {
        String h = href.strip();
        return OoxmlCatalogue.leavesThePackage(h) || h.startsWith("../") || h.startsWith("/");
    }

    /** Drops the manifest's entries for removed parts, so the manifest lists only what the package holds. */
    private static boolean forgetRemoved(Document manifest, Set<String> kept) {
        boolean changed = false;
        for (Element entry : Relationships.children(manifest.getDocumentElement())) {
            String path = entry.getAttributeNS(MANIFEST_NS, "full-path");
            boolean folder = path.endsWith("/");
            boolean gone = !path.equals("/") && (folder ? kept.stream().noneMatch(name -> name.startsWith(path))
                    : !kept.contains(path));
            if (gone) {
                entry.getParentNode().removeChild(entry);
                changed = true;
            }
        }
        return changed;
    }

    /** The package with {@code mimetype} first and stored uncompressed, as ODF readers expect, then the rest. */
    private static byte[] write(Map<String, byte[]> parts) throws IOException {
        Map<String, byte[]> ordered = new LinkedHashMap<>(parts);
        byte[] mimetype = ordered.remove(MIMETYPE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry first = new ZipEntry(MIMETYPE);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTime(0L);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> part : ordered.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
