package jp.mamori.sanitizer.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An independent second opinion on sanitised output: re-reads the bytes with its own, deliberately simple
 * rules (sharing no code with the engine) and lists any active content it still finds. An empty list means
 * the output is clean. Used by tests on every corpus file.
 */
final class ActiveContentInspector {
    private static final Pattern EXTERNAL_REL = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern TARGET = Pattern.compile("Target=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("(?i)action=\"ppaction://([a-z]+)");
    private static final Pattern DDE_FIELD = Pattern.compile("(?i)(instr=\"\\s*|<w:instrText[^>]*>\\s*)(DDE|DDEAUTO)\\b");

    private ActiveContentInspector() {
    }

    static List<String> problems(byte[] content) {
        List<String> found = new ArrayList<>();
        try {
            inspect(content, "", found, 0);
        } catch (IOException | RuntimeException e) {
            found.add("cannot re-read output: " + e);
        }
        return found;
    }

    private static void inspect(byte[] b, String where, List<String> found, int depth) throws IOException {
        if (depth > 10) {
            found.add(where + ": nested too deep to inspect");
        } else if (starts(b, "PK")) {
            if (zipNames(b).contains("[Content_Types].xml")) {
                ooxml(b, where, found);
            } else if (zipNames(b).contains("mimetype")) {
                odf(b, where, found);
            } else {
                zip(b, where, found, depth);
            }
        } else if (starts(b, "%PDF")) {
            pdf(b, where, found);
        } else if (b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF) {
            ole2(b, where, found);
        } else if (starts(b, "{\\rtf")) {
            rtf(b, where, found);
        } else if (b.length > 2 && (b[0] & 0xFF) == 0x89 && b[1] == 'P') {
            String s = new String(b, StandardCharsets.ISO_8859_1);
            for (String chunk : List.of("tEXt", "zTXt", "iTXt", "eXIf")) {
                if (s.contains(chunk)) {
                    found.add(where + ": PNG metadata chunk " + chunk);
                }
            }
        } else if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            for (int i = 2; i + 1 < b.length && i < 4096; i++) {
                if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xE1 || (b[i + 1] & 0xFF) == 0xFE)) {
                    found.add(where + ": JPEG EXIF/XMP/comment segment");
                    break;
                }
            }
        } else if (starts(b, "GIF8") || starts(b, "BM")) {
            // Re-encoded by the JDK: nothing executable can live in these.
        } else {
            text(b, where, found);
        }
    }

    private static void pdf(byte[] b, String where, List<String> found) throws IOException {
        try (PDDocument doc = Loader.loadPDF(b)) {
            if (doc.isEncrypted()) {
                found.add(where + ": encrypted PDF");
            }
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            for (COSName key : List.of(COSName.OPEN_ACTION, COSName.AA, COSName.ACRO_FORM, COSName.NAMES)) {
                if (catalog.containsKey(key)) {
                    found.add(where + ": PDF catalog has " + key.getName());
                }
            }
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject o = doc.getDocument().getObjectFromPool(key);
                crawl(o == null ? null : o.getObject(), where, found, 0);
            }
        }
    }

    private static void crawl(COSBase base, String where, List<String> found, int depth) {
        if (depth > 20) {
            return;
        }
        if (base instanceof COSDictionary d) {
            for (COSName bad : List.of(COSName.JS, COSName.AA, COSName.EF, COSName.URI, COSName.ANNOTS, COSName.XFA)) {
                if (d.containsKey(bad)) {
                    found.add(where + ": PDF object has " + bad.getName());
                }
            }
            COSName s = d.getCOSName(COSName.S);
            if (s != null && List.of("JavaScript", "Launch", "SubmitForm", "URI", "GoToR", "ImportData").contains(s.getName())) {
                found.add(where + ": PDF action " + s.getName());
            }
            if (COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))) {
                found.add(where + ": PDF embedded file");
            }
            for (COSBase v : d.getValues()) {
                if (!(v instanceof COSObject)) {
                    crawl(v, where, found, depth + 1);
                }
            }
        } else if (base instanceof COSArray a) {
            for (COSBase v : a) {
                if (!(v instanceof COSObject)) {
                    crawl(v, where, found, depth + 1);
                }
            }
        }
    }

    private static void ooxml(byte[] b, String where, List<String> found) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                for (String bad : List.of("vbaproject", "vbadata", "activex", "embeddings/", "oleobject", "macrosheet",
                        "customui/", "externallink", "connections.xml")) {
                    if (lower.contains(bad)) {
                        found.add(where + name + ": Office part " + bad);
                    }
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (name.equals("[Content_Types].xml")) {
                    for (String bad : List.of("macroEnabled", "vbaProject", "oleObject", "activeX", "macrosheet")) {
                        if (xml.contains(bad)) {
                            found.add(where + name + ": content type " + bad);
                        }
                    }
                }
                if (lower.endsWith(".rels")) {
                    Matcher m = EXTERNAL_REL.matcher(xml);
                    while (m.find()) {
                        String rel = m.group();
                        if (rel.contains("TargetMode=\"External\"")
                                && !(rel.contains("/hyperlink\"") && rel.contains("Target=\"about:blank\""))) {
                            found.add(where + name + ": external relationship " + rel);
                        }
                        Matcher target = TARGET.matcher(rel);
                        if (target.find() && !rel.contains("TargetMode=\"External\"")
                                && (target.group(1).matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")
                                        || target.group(1).startsWith("\\") || target.group(1).startsWith("//"))) {
                            found.add(where + name + ": internal relationship leaving the package " + rel);
                        }
                        if (rel.contains("/vbaProject\"") || rel.contains("/oleObject\"") || rel.contains("/control\"")
                                || rel.contains("/attachedTemplate\"") || rel.contains("/aFChunk\"")) {
                            found.add(where + name + ": active relationship " + rel);
                        }
                    }
                }
                if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
                    found.add(where + name + ": DTD in part");
                }
                Matcher action = ACTION.matcher(xml);
                while (action.find()) {
                    if (!List.of("hlinkshowjump", "hlinksldjump", "customshow", "noaction")
                            .contains(action.group(1).toLowerCase(Locale.ROOT))) {
                        found.add(where + name + ": presentation action ppaction://" + action.group(1));
                    }
                }
                if (DDE_FIELD.matcher(xml).find() || xml.contains("ddeLink")) {
                    found.add(where + name + ": DDE");
                }
            }
        }
    }

    private static void ole2(byte[] b, String where, List<String> found) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            oleEntries(fs.getRoot(), where, found);
        }
    }

    private static void oleEntries(DirectoryEntry dir, String where, List<String> found) {
        for (Entry e : dir) {
            String n = e.getName();
            if (n.equalsIgnoreCase("Macros") || n.equalsIgnoreCase("VBA") || n.equalsIgnoreCase("_VBA_PROJECT_CUR")
                    || n.equalsIgnoreCase("ObjectPool") || n.startsWith("MBD") || n.equals("\u0001Ole10Native")
                    || n.equalsIgnoreCase("EncryptedPackage")) {
                found.add(where + "/" + n + ": OLE2 active storage");
            }
            if (e instanceof DirectoryEntry d) {
                oleEntries(d, where + "/" + n, found);
            }
        }
    }

    private static void rtf(byte[] b, String where, List<String> found) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        for (String bad : List.of("\\object", "\\objdata", "\\objclass", "\\objemb", "\\objlink", "\\template")) {
            if (s.contains(bad)) {
                found.add(where + ": RTF " + bad);
            }
        }
        if (Pattern.compile("(?i)\\\\fldinst[^}]*\\b(DDE|DDEAUTO|INCLUDETEXT|INCLUDEPICTURE)\\b").matcher(s).find()) {
            found.add(where + ": RTF dangerous field");
        }
    }

    private static void text(byte[] b, String where, List<String> found) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            for (char c : s.toCharArray()) {
                if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
                    found.add(where + ": control character U+" + Integer.toHexString(c));
                    return;
                }
            }
        } catch (CharacterCodingException e) {
            found.add(where + ": output is neither a known format nor UTF-8 text");
        }
    }

    private static void zip(byte[] b, String where, List<String> found, int depth) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().contains("..") || e.getName().startsWith("/") || e.getName().contains("\\")) {
                    found.add(where + "/" + e.getName() + ": traversal name");
                }
                if (!e.isDirectory()) {
                    inspect(zip.readAllBytes(), where + "/" + e.getName(), found, depth + 1);
                }
            }
        }
    }

    /** OpenDocument: code folders, embedded objects, event listeners, macro bindings, DDE, links leaving the package. */
    private static void odf(byte[] b, String where, List<String> found) throws IOException {
        Pattern external = Pattern.compile("xlink:href=\"(?!about:blank\")(?:[A-Za-z][A-Za-z0-9+.-]*:|//|\\\\|\\.\\./)[^\"]*\"");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                for (String bad : List.of("basic/", "scripts/", "dialogs/", "configurations2/", "object ")) {
                    if (lower.startsWith(bad)) {
                        found.add(where + name + ": OpenDocument part " + bad);
                    }
                }
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                for (String bad : List.of("event-listener", "vnd.sun.star.script", "<office:scripts", "draw:object",
                        "draw:applet", "draw:plugin", "dde-", "execute-macro", "section-source", "table-source")) {
                    if (xml.contains(bad)) {
                        found.add(where + name + ": OpenDocument " + bad);
                    }
                }
                Matcher m = external.matcher(xml);
                while (m.find()) {
                    found.add(where + name + ": link leaving the package " + m.group());
                }
            }
        }
    }

    private static List<String> zipNames(byte[] b) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(b); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static boolean starts(byte[] b, String ascii) {
        return new String(b, 0, Math.min(b.length, ascii.length()), StandardCharsets.ISO_8859_1).equals(ascii);
    }
}
