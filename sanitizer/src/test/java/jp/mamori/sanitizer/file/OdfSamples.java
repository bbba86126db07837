package jp.mamori.sanitizer.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds OpenDocument samples at test time (mimetype first and stored, the manifest, content.xml), benign and
 * hostile — a Basic library bound to the document's open event, a form button bound to a macro, a macro field, an
 * embedded object, an image and a linked section loaded from outside, DDE — so that no real macro document is kept
 * in the repository.
 */
final class OdfSamples {
    static final String TEXT = "無害化テスト 議事録 ①㈱ — Mamori ODF";
    static final String CELL = "集計 42";

    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:form=\"urn:oasis:names:tc:opendocument:xmlns:form:1.0\""
            + " xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\""
            + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\"";

    private OdfSamples() {
    }

    static byte[] odt() throws IOException {
        return pack("application/vnd.oasis.opendocument.text", body("<office:text><text:p>" + TEXT + "</text:p>"
                + "<text:p>第二段落 <text:a xlink:type=\"simple\" xlink:href=\"#section\">内部リンク</text:a></text:p>"
                + "</office:text>"), Map.of());
    }

    static byte[] ods(String mimetype) throws IOException {
        return pack(mimetype, body("<office:spreadsheet><table:table table:name=\"集計\"><table:table-row>"
                + "<table:table-cell office:value-type=\"string\"><text:p>" + CELL + "</text:p></table:table-cell>"
                + "</table:table-row></table:table></office:spreadsheet>"), Map.of());
    }

    /** A text document with every hiding place of active content this engine knows in OpenDocument. */
    static byte[] hostileOdt() throws IOException {
        String content = "<office:document-content " + NS + ">"
                + "<office:scripts><office:event-listeners><script:event-listener script:language=\"ooo:script\""
                + " script:event-name=\"dom:load\" xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document\"/>"
                + "</office:event-listeners></office:scripts>"
                + "<text:dde-connection-decls><text:dde-connection-decl office:name=\"dde1\" office:dde-application=\"cmd\""
                + " office:dde-topic=\"/c calc\" office:dde-item=\"x\"/></text:dde-connection-decls>"
                + "<office:body><office:text>"
                + "<office:forms><form:form form:name=\"f\"><form:button form:id=\"b1\" form:name=\"go\">"
                + "<office:event-listeners><script:event-listener script:language=\"ooo:script\" script:event-name=\"form:performaction\""
                + " xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document\"/></office:event-listeners>"
                + "</form:button></form:form></office:forms>"
                + "<text:p>" + TEXT + "</text:p>"
                + "<text:p><text:execute-macro text:name=\"Standard.Module1.Main\">macro-field-text</text:execute-macro></text:p>"
                + "<text:p><text:a xlink:type=\"simple\" xlink:href=\"https://203.0.113.9/phish\">external-link-text</text:a></text:p>"
                + "<text:p><text:a xlink:type=\"simple\" xlink:href=\"file:///C:/Windows/System32/calc.exe\">local-link-text</text:a></text:p>"
                + "<text:p><draw:frame draw:name=\"obj\"><draw:object xlink:href=\"./Object 1\" xlink:type=\"simple\"/></draw:frame></text:p>"
                + "<text:p><draw:frame draw:name=\"img\"><draw:image xlink:href=\"http://203.0.113.9/track.png\" xlink:type=\"simple\"/></draw:frame></text:p>"
                + "<text:section text:name=\"linked\"><text:section-source xlink:href=\"file:///\\\\203.0.113.9\\share\\x.odt\"/></text:section>"
                + "</office:text></office:body></office:document-content>";
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("Basic/Standard/Module1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><script:module"
                + " xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Module1\" script:language=\"StarBasic\">"
                + "Sub Main\n Shell(\"calc.exe\")\nEnd Sub</script:module>").getBytes(StandardCharsets.UTF_8));
        extra.put("Basic/script-lc.xml", "<?xml version=\"1.0\"?><library:libraries xmlns:library=\"http://openoffice.org/2000/library\"/>"
                .getBytes(StandardCharsets.UTF_8));
        extra.put("Object 1/content.xml", ("<office:document-content " + NS + "><office:body/></office:document-content>")
                .getBytes(StandardCharsets.UTF_8));
        extra.put("Object 1/payload.bin", "MZ\u0090 fake program".getBytes(StandardCharsets.ISO_8859_1));
        extra.put("Configurations2/accelerator/current.xml", "<?xml version=\"1.0\"?><accel/>".getBytes(StandardCharsets.UTF_8));
        extra.put("Pictures/inside.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        return pack("application/vnd.oasis.opendocument.text", content, extra);
    }

    private static String body(String inner) {
        return "<office:document-content " + NS + "><office:body>" + inner + "</office:body></office:document-content>";
    }

    static byte[] pack(String mimetype, String content, Map<String, byte[]> extra) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + content).getBytes(StandardCharsets.UTF_8));
        parts.putAll(extra);
        StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>");
        for (String name : parts.keySet()) {
            manifest.append("<manifest:file-entry manifest:full-path=\"").append(name)
                    .append("\" manifest:media-type=\"text/xml\"/>");
        }
        parts.put("META-INF/manifest.xml", manifest.append("</manifest:manifest>").toString().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
