package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.api.Test;

/** OpenDocument: what can run or fetch goes, the text, tables and pictures stay; formats nobody can read are named. */
class OdfDisarmTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void keepsABenignTextDocumentAsItWas() throws IOException {
        FileResult result = engine.sanitise(OdfSamples.odt(), "議事録.odt");
        assertThat(result.report().verdict()).as(result.report().blockReason()).isEqualTo(Verdict.CLEAN);
        assertThat(result.fileName()).isEqualTo("議事録.odt");
        assertThat(result.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(text(result.content())).contains(OdfSamples.TEXT, "内部リンク");
        assertThat(firstEntryIsStoredMimetype(result.content())).isTrue();
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void removesEveryHidingPlaceOfActiveContentAndKeepsTheText() throws IOException {
        byte[] hostile = OdfSamples.hostileOdt();
        assertThat(ActiveContentInspector.problems(hostile)).hasSizeGreaterThanOrEqualTo(10);
        FileResult result = engine.sanitise(hostile, "通知.odt");
        assertThat(result.report().verdict()).as(result.report().blockReason()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.MACRO,
                FindingKind.OLE_OBJECT, FindingKind.EMBEDDED_FILE, FindingKind.EXTERNAL_LINK);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        Map<String, byte[]> parts = OfficeSamples.read(result.content());
        assertThat(parts.keySet()).noneMatch(n -> n.startsWith("Basic/") || n.startsWith("Object 1/")
                || n.startsWith("Configurations2/")).contains("Pictures/inside.png", "META-INF/manifest.xml");
        String manifest = new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8);
        assertThat(manifest).doesNotContain("Basic/", "Object 1").contains("content.xml", "Pictures/inside.png");
        // The text of the macro field and of both links stays; only what they would do goes.
        assertThat(text(result.content())).contains(OdfSamples.TEXT, "macro-field-text", "external-link-text",
                "local-link-text");
    }

    @Test
    void keepsTheKindOfDocumentAndTurnsTemplatesIntoDocuments() throws IOException {
        FileResult sheet = engine.sanitise(OdfSamples.ods("application/vnd.oasis.opendocument.spreadsheet"), "集計.ods");
        assertThat(sheet.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(sheet.fileName()).isEqualTo("集計.ods");
        assertThat(text(sheet.content())).contains(OdfSamples.CELL);
        FileResult template = engine.sanitise(OdfSamples.ods("application/vnd.oasis.opendocument.spreadsheet-template"),
                "様式.ots");
        assertThat(template.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(template.fileName()).isEqualTo("様式.ods");
        assertThat(template.mediaType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(new String(OfficeSamples.read(template.content()).get("mimetype"), StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    }

    @Test
    void blocksAnOpenDocumentKindItDoesNotReadNamingTheKind() throws IOException {
        byte[] formula = OdfSamples.pack("application/vnd.oasis.opendocument.formula",
                "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>", Map.of());
        FileResult result = engine.sanitise(formula, "式.odf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().blockReason()).contains("opendocument.formula");
    }

    @Test
    void blocksIchitaroAndOtherUnreadableFormatsNamingTheFormat() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        FileResult jtd = engine.sanitise(ole2, "予算書.jtd");
        assertThat(jtd.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(jtd.report().blockReason()).startsWith("一太郎 document (.jtd) cannot be read").contains("PDF");
        FileResult pages = engine.sanitise(OdfSamples.odt(), "report.pages");
        assertThat(pages.report().blockReason()).startsWith("Apple Pages document (.pages)");
    }

    /** The text of content.xml without its markup. */
    private static String text(byte[] odf) throws IOException {
        String xml = new String(OfficeSamples.read(odf).get("content.xml"), StandardCharsets.UTF_8);
        return xml.replaceAll("<[^>]+>", " ");
    }

    private static boolean firstEntryIsStoredMimetype(byte[] odf) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odf))) {
            ZipEntry first = zip.getNextEntry();
            return first != null && first.getName().equals("mimetype") && first.getMethod() == ZipEntry.STORED;
        }
    }
}
