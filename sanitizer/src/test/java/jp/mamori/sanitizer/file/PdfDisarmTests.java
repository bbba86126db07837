package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfDisarmTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void storesAPageOfTextAsOneBitAPixelAndShadedPagesAsJpegInGreyOrColour() throws IOException {
        assertThat(firstImage(engine.sanitise(PdfSamples.plain(1), "text.pdf"))).isEqualTo("FlateDecode DeviceGray 1");
        assertThat(firstImage(engine.sanitise(PdfSamples.shaded(false), "grey.pdf"))).isEqualTo("DCTDecode DeviceGray 8");
        assertThat(firstImage(engine.sanitise(PdfSamples.shaded(true), "colour.pdf"))).isEqualTo("DCTDecode DeviceRGB 8");
    }

    /** The filter, colour space and bits per component of the first page's image. */
    private static String firstImage(FileResult result) throws IOException {
        assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
        try (PDDocument out = Loader.loadPDF(result.content())) {
            var resources = out.getPage(0).getResources();
            var image = (PDImageXObject) resources.getXObject(resources.getXObjectNames().iterator().next());
            return image.getCOSObject().getCOSName(org.apache.pdfbox.cos.COSName.FILTER).getName() + " "
                    + image.getColorSpace().getName() + " " + image.getBitsPerComponent();
        }
    }

    @Test
    void rebuildsEachPageAsAnImageKeepingThePageCount() throws IOException {
        FileResult result = engine.sanitise(PdfSamples.plain(3), "報告書.pdf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(result.fileName()).isEqualTo("報告書.pdf");
        assertThat(result.mediaType()).isEqualTo("application/pdf");
        try (PDDocument out = Loader.loadPDF(result.content())) {
            assertThat(out.getNumberOfPages()).isEqualTo(3);
            for (var page : out.getPages()) {
                var names = page.getResources().getXObjectNames();
                assertThat(names).hasSize(1);
                assertThat(page.getResources().getXObject(names.iterator().next())).isInstanceOf(PDImageXObject.class);
            }
        }
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void removesJavaScriptLaunchLinksAndEmbeddedFilesAndReportsThem() throws IOException {
        FileResult result = engine.sanitise(PdfSamples.malicious(), "invoice.pdf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).extracting(f -> f.kind())
                .contains(FindingKind.SCRIPT, FindingKind.ACTIVE_CONTENT, FindingKind.EXTERNAL_LINK, FindingKind.EMBEDDED_FILE);
        assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.detail()).contains("Launch"));
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(ActiveContentInspector.problems(PdfSamples.malicious())).isNotEmpty(); // the inspector sees it
    }

    @Test
    void blocksAnEncryptedPdf() throws IOException {
        FileResult result = engine.sanitise(PdfSamples.encrypted(), "secret.pdf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.ENCRYPTION);
    }

    @Test
    void blocksATruncatedPdfWithoutThrowing() throws IOException {
        byte[] pdf = PdfSamples.plain(1);
        byte[] broken = java.util.Arrays.copyOf(pdf, 40);
        FileResult result = engine.sanitise(broken, "broken.pdf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.content()).isNull();
    }

    @Test
    void blocksAPageTooLargeToRenderInsteadOfRunningOutOfMemory() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            FileResult result = engine.sanitise(out.toByteArray(), "poster.pdf");
            assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
            assertThat(result.report().findings()).extracting(f -> f.kind()).containsExactly(FindingKind.OVER_LIMIT);
        }
    }

    @Test
    void namesAPdfByItsContentAndReportsTheMismatch() throws IOException {
        FileResult result = engine.sanitise(PdfSamples.plain(1), "photo.jpg");
        assertThat(result.fileName()).isEqualTo("photo.pdf");
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.TYPE_MISMATCH);
    }
}
