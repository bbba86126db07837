package jp.mamori.sanitizer.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Office Open XML → the macro-free package (.docm → .docx and so on), at the OPC level: VBA projects,
 * ActiveX, OLE objects, embedded packages, Excel 4 macro sheets, external data and template links and DDE
 * are removed; external hyperlinks are neutralised; every other part is kept byte for byte. Every kept XML
 * part must parse strictly without a DOCTYPE. Runs only inside a worker process.
 */
final class OoxmlDisarm {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private final FileLimits limits;

    OoxmlDisarm(FileLimits limits) {
        this.limits = limits;
    }

    Disarmed disarm(byte[] content) throws IOException {
        Map<String, byte[]> parts;
        try {
            parts = OoxmlParts.read(content, limits);
        } catch (OoxmlParts.Refused refused) {
            return Disarmed.blocked("application/x-tika-ooxml", "package",
                    refused.encrypted ? FindingKind.ENCRYPTION : FindingKind.AMBIGUOUS_STRUCTURE, refused.getMessage());
        }
        try {
            return new Session(parts).run();
        } catch (IOException malformed) {
            return Disarmed.blocked("application/x-tika-ooxml", "package", FindingKind.AMBIGUOUS_STRUCTURE,
                    "malformed Office package: " + malformed.getMessage());
        }
    }

    /** One package being disarmed; not thread-safe (one per item). */
    private static final class Session {
        private final Map<String, byte[]> parts;
        private final ContentTypes types;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> removed = new HashSet<>();

        Session(Map<String, byte[]> parts) throws IOException {
            this.parts = parts;
            byte[] ct = parts.get(CONTENT_TYPES);
            if (ct == null) {
                throw new IOException("no " + CONTENT_TYPES);
            }
            this.types = new ContentTypes(SafeXml.parse(ct));
        }

        Disarmed run() throws IOException {
            String main = mainPart();
            String mainType = main == null ? null : types.of(main);
            OoxmlCatalogue.MainType output = mainType == null ? null : OoxmlCatalogue.MAIN_TYPES.get(mainType);
            if (output == null) {
                return Disarmed.blocked(mainType == null ? "application/x-tika-ooxml" : mainType, "package",
                        FindingKind.UNKNOWN_TYPE, "not a supported Office document (main part type "
                                + mainType + ")");
            }
            removeActiveParts();
            rewriteRelationships();
            neutraliseFields();
            removePresentationActions();
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                String type = part.getKey().endsWith(".rels")
                        ? "application/vnd.openxmlformats-package.relationships+xml" : types.of(part.getKey());
                if (type != null && OoxmlCatalogue.isXml(type)) {
                    SafeXml.check(part.getValue());
                }
            }
            if (!mainType.equals(output.contentType())) {
                types.override(main, output.contentType());
                findings.add(new Finding(main, FindingKind.MACRO, Action.CONVERTED,
                        "macro-enabled document converted to ." + output.extension()));
            }
            types.forget(removed);
            parts.put(CONTENT_TYPES, SafeXml.serialise(types.document));
            return Disarmed.passed(mediaTypeOf(mainType), OoxmlParts.write(CONTENT_TYPES, parts), output.mediaType(),
                    output.extension(), findings);
        }

        private String mainPart() throws IOException {
            byte[] rels = parts.get("_rels/.rels");
            if (rels == null) {
                return null;
            }
            for (Element rel : Relationships.of(SafeXml.parse(rels))) {
                if (rel.getAttribute("Type").endsWith("/officeDocument")
                        && !"External".equals(rel.getAttribute("TargetMode"))) {
                    return Relationships.resolve("", rel.getAttribute("Target"));
                }
            }
            return null;
        }

        private void removeActiveParts() {
            for (String name : new ArrayList<>(parts.keySet())) {
                if (name.equals(CONTENT_TYPES) || name.endsWith(".rels")) {
                    continue;
                }
                String type = types.of(name);
                FindingKind kind = type == null ? FindingKind.EMBEDDED_FILE : OoxmlCatalogue.ACTIVE_PART_TYPES.get(type);
                String lower = name.toLowerCase(Locale.ROOT);
                if (kind == null && (lower.contains("/embeddings/") || lower.startsWith("customui/"))) {
                    kind = lower.startsWith("customui/") ? FindingKind.MACRO : FindingKind.EMBEDDED_FILE;
                }
                if (kind == null && lower.contains("/activex/")) {
                    kind = FindingKind.ACTIVE_CONTENT;
                }
                if (kind == null && !OoxmlCatalogue.isPassive(type)) {
                    kind = FindingKind.EMBEDDED_FILE;
                }
                if (kind != null) {
                    parts.remove(name);
                    removed.add(name);
                    findings.add(new Finding(name, kind, Action.REMOVED, describe(kind, type)));
                }
            }
            // Relationship parts of removed parts go with them.
            for (String gone : new ArrayList<>(removed)) {
                String rels = Relationships.relsOf(gone);
                if (parts.remove(rels) != null) {
                    removed.add(rels);
                }
            }
        }

        private void rewriteRelationships() throws IOException {
            for (String relsName : new ArrayList<>(parts.keySet())) {
                if (!relsName.endsWith(".rels")) {
                    continue;
                }
                String source = Relationships.sourceOf(relsName);
                Document rels = SafeXml.parse(parts.get(relsName));
                Set<String> droppedIds = new HashSet<>();
                boolean changed = false;
                for (Element rel : Relationships.of(rels)) {
                    String type = rel.getAttribute("Type");
                    String target = rel.getAttribute("Target");
                    String id = rel.getAttribute("Id");
                    String shortType = type.substring(type.lastIndexOf('/') + 1);
                    // A target that names a scheme or a UNC path leaves the package whatever its TargetMode says:
                    // Office follows file:///C:/…/calc.exe or \\server\share\x.exe from an "internal" link too.
                    if ("External".equals(rel.getAttribute("TargetMode")) || OoxmlCatalogue.leavesThePackage(target)) {
                        if (type.endsWith("/hyperlink")) {
                            if (!OoxmlCatalogue.HYPERLINK_NEUTRAL_TARGET.equals(target)) {
                                rel.setAttribute("Target", OoxmlCatalogue.HYPERLINK_NEUTRAL_TARGET);
                                rel.setAttribute("TargetMode", "External");
                                findings.add(new Finding(source, FindingKind.EXTERNAL_LINK, Action.CONVERTED,
                                        "hyperlink made inactive: " + defang(target)));
                                changed = true;
                            }
                            continue;
                        }
                        rel.getParentNode().removeChild(rel);
                        droppedIds.add(id);
                        findings.add(new Finding(source, FindingKind.EXTERNAL_LINK, Action.REMOVED,
                                "external " + shortType + " link removed: " + defang(target)));
                        changed = true;
                        continue;
                    }
                    String resolved = Relationships.resolve(source, target);
                    boolean activeType = OoxmlCatalogue.ACTIVE_RELATIONSHIP_SUFFIXES.stream().anyMatch(type::endsWith);
                    if (removed.contains(resolved) || activeType) {
                        rel.getParentNode().removeChild(rel);
                        droppedIds.add(id);
                        changed = true;
                        if (activeType && !removed.contains(resolved)) {
                            findings.add(new Finding(source, FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                                    shortType + " relationship removed"));
                        }
                    }
                }
                if (changed) {
                    parts.put(relsName, SafeXml.serialise(rels));
                }
                if (!droppedIds.isEmpty() && parts.containsKey(source) && isXmlPart(source)) {
                    Document doc = SafeXml.parse(parts.get(source));
                    if (References.removeDangling(doc.getDocumentElement(), droppedIds)) {
                        parts.put(source, SafeXml.serialise(doc));
                    }
                }
            }
        }

        private void neutraliseFields() throws IOException {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                String type = types.of(part.getKey());
                if (type == null || !OoxmlCatalogue.isXml(type)) {
                    continue;
                }
                byte[] xml = part.getValue();
                if (OoxmlCatalogue.holdsWordFields(type) && (contains(xml, "instrText") || contains(xml, "fldSimple"))) {
                    Document doc = SafeXml.parse(xml);
                    List<String> fields = WordFields.neutralise(doc.getDocumentElement());
                    for (String f : fields) {
                        findings.add(new Finding(part.getKey(), FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                                "field removed, displayed text kept: " + abbreviate(f)));
                    }
                    if (!fields.isEmpty()) {
                        part.setValue(SafeXml.serialise(doc));
                    }
                } else if (OoxmlCatalogue.isWorksheet(type) && contains(xml, "|")) {
                    Document doc = SafeXml.parse(xml);
                    int n = References.removeDdeFormulas(doc.getDocumentElement());
                    if (n > 0) {
                        findings.add(new Finding(part.getKey(), FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                                n + " DDE formula(s) removed, cached values kept"));
                        part.setValue(SafeXml.serialise(doc));
                    }
                }
            }
        }

        /**
         * PowerPoint's click and hover actions ({@code ppaction://program}, {@code macro?name=}, {@code ole?verb=},
         * {@code hlinkfile}…) start programs, macros and OLE verbs from any shape or text run, in every part that can
         * hold a shape; only moving within the show is kept.
         */
        private void removePresentationActions() throws IOException {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                String type = types.of(part.getKey());
                if (type == null || !OoxmlCatalogue.isXml(type) || !contains(part.getValue(), "ppaction")) {
                    continue;
                }
                Document doc = SafeXml.parse(part.getValue());
                List<String> actions = PresentationActions.remove(doc.getDocumentElement());
                for (String action : actions) {
                    findings.add(new Finding(part.getKey(), FindingKind.ACTIVE_CONTENT, Action.REMOVED,
                            "presentation action removed, the shape kept: " + abbreviate(action)));
                }
                if (!actions.isEmpty()) {
                    part.setValue(SafeXml.serialise(doc));
                }
            }
        }

        private boolean isXmlPart(String name) {
            String type = types.of(name);
            return type != null && OoxmlCatalogue.isXml(type);
        }

        private static String describe(FindingKind kind, String type) {
            String what = switch (kind) {
                case MACRO -> "macro (VBA project, macro sheet or macro customisation)";
                case OLE_OBJECT -> "OLE object";
                case EMBEDDED_FILE -> "embedded file or unrecognised part";
                case EXTERNAL_LINK -> "external data link";
                case ACTIVE_CONTENT -> "ActiveX control";
                default -> kind.name();
            };
            return what + " removed" + (type == null ? "" : " (" + type + ")");
        }
    }

    /** The package's media type from its main part type: {@code ….document.main+xml} → {@code ….document}. */
    static String mediaTypeOf(String mainPartType) {
        String base = mainPartType.endsWith(".main+xml")
                ? mainPartType.substring(0, mainPartType.length() - ".main+xml".length()) : mainPartType;
        return base.startsWith("application/vnd.ms-") ? base + ".12" : base; // the macro-enabled types end in .12
    }

    static String defang(String url) {
        return abbreviate(url.replace("http", "hxxp").replace(".", "[.]"));
    }

    static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    static boolean contains(byte[] haystack, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The [Content_Types].xml of a package: defaults by extension, overrides by part name. */
    private static final class ContentTypes {
        final Document document;
        private final Map<String, String> defaults = new HashMap<>();
        private final Map<String, Element> overrides = new LinkedHashMap<>();

        ContentTypes(Document document) {
            this.document = document;
            for (Element e : Relationships.children(document.getDocumentElement())) {
                if (e.getLocalName().equals("Default")) {
                    defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                } else if (e.getLocalName().equals("Override")) {
                    overrides.put(strip(e.getAttribute("PartName")).toLowerCase(Locale.ROOT), e);
                }
            }
        }

        String of(String part) {
            Element o = overrides.get(part.toLowerCase(Locale.ROOT));
            if (o != null) {
                return o.getAttribute("ContentType").strip();
            }
            int dot = part.lastIndexOf('.');
            return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
        }

        void override(String part, String contentType) {
            Element o = overrides.get(part.toLowerCase(Locale.ROOT));
            if (o == null) {
                o = document.createElementNS(OoxmlCatalogue.CONTENT_TYPES_NS, "Override");
                o.setAttribute("PartName", "/" + part);
                document.getDocumentElement().appendChild(o);
                overrides.put(part.toLowerCase(Locale.ROOT), o);
            }
            o.setAttribute("ContentType", contentType);
        }

        /** Drops overrides of removed parts and defaults that only served active content. */
        void forget(Set<String> removedParts) {
            for (String part : removedParts) {
                Element o = overrides.remove(part.toLowerCase(Locale.ROOT));
                if (o != null) {
                    o.getParentNode().removeChild(o);
                }
            }
            for (Element e : Relationships.children(document.getDocumentElement())) {
                if (e.getLocalName().equals("Default")
                        && OoxmlCatalogue.ACTIVE_PART_TYPES.containsKey(e.getAttribute("ContentType").strip())) {
                    e.getParentNode().removeChild(e);
                }
            }
        }

        private static String strip(String partName) {
            return partName.startsWith("/") ? partName.substring(1) : partName;
        }
    }
}
