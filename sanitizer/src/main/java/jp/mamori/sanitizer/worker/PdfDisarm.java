package jp.mamori.sanitizer.worker;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF → pixels → a brand-new PDF (the Dangerzone approach): each page is rendered at
 * {@link FileLimits#pdfDpi()} and placed as an image on a page of the same size — bi-level G4 for a page of text,
 * grey or colour JPEG otherwise ({@link PageImages}). Nothing of the input's object
 * graph survives, so scripts, actions, forms, links, embedded files and metadata are gone by construction;
 * {@link PdfActiveContent} only reports what the input carried. Runs only inside a worker process.
 */
final class PdfDisarm {
    static final String MEDIA_TYPE = "application/pdf";
    private static final int MIN_DPI = 36;

    private final FileLimits limits;

    PdfDisarm(FileLimits limits) {
        this.limits = limits;
    }

    Disarmed disarm(byte[] content) throws IOException {
        PDDocument in;
        try {
            in = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            return Disarmed.blocked(MEDIA_TYPE, "document", FindingKind.ENCRYPTION,
                    "password-protected PDF cannot be inspected");
        } catch (IOException e) {
            return Disarmed.blocked(MEDIA_TYPE, "document", FindingKind.AMBIGUOUS_STRUCTURE,
                    "PDF cannot be parsed: " + e.getMessage());
        }
        try (PDDocument source = in) {
            if (source.isEncrypted()) {
                // Even an empty user password means content we cannot vouch for was hidden from scanners.
                return Disarmed.blocked(MEDIA_TYPE, "document", FindingKind.ENCRYPTION, "encrypted PDF");
            }
            int pages = source.getNumberOfPages();
            if (pages == 0) {
                return Disarmed.blocked(MEDIA_TYPE, "document", FindingKind.AMBIGUOUS_STRUCTURE, "PDF has no pages");
            }
            if (pages > limits.maxPdfPages()) {
                return Disarmed.blocked(MEDIA_TYPE, "document", FindingKind.OVER_LIMIT,
                        "PDF has " + pages + " pages, more than " + limits.maxPdfPages());
            }
            List<Finding> findings = new ArrayList<>(PdfActiveContent.of(source));
            byte[] rebuilt = render(source, findings);
            if (rebuilt == null) {
                return Disarmed.blocked(MEDIA_TYPE, findings, findings.get(findings.size() - 1).detail());
            }
            return Disarmed.passed(MEDIA_TYPE, rebuilt, MEDIA_TYPE, "pdf", findings);
        }
    }

    /** Null when a page is too large to render even at the lowest resolution (a finding says which). */
    private byte[] render(PDDocument source, List<Finding> findings) throws IOException {
        PDFRenderer renderer = new PDFRenderer(source);
        renderer.setSubsamplingAllowed(true);
        long pixelCap = pagePixelCap();
        try (PDDocument out = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDPage page = source.getPage(i);
                PDRectangle box = page.getCropBox();
                double pixels = (double) box.getWidth() * box.getHeight() * limits.pdfDpi() * limits.pdfDpi()
                        / (72.0 * 72.0);
                float dpi = limits.pdfDpi();
                if (pixels > pixelCap) {
                    // A huge page (an A0 poster or a hostile MediaBox) is rendered coarser rather than OOM.
                    dpi = (float) (dpi * Math.sqrt(pixelCap / pixels));
                    if (dpi < MIN_DPI) {
                        findings.add(new Finding("page " + (i + 1), FindingKind.OVER_LIMIT, Action.BLOCKED,
                                "page too large to render (" + box.getWidth() + "×" + box.getHeight() + " pt)"));
                        return null;
                    }
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                float width = image.getWidth() * 72f / dpi;
                float height = image.getHeight() * 72f / dpi;
                PDPage target = new PDPage(new PDRectangle(width, height));
                out.addPage(target);
                PDImageXObject xobject = PageImages.encode(out, image, Math.round(dpi));
                try (PDPageContentStream stream = new PDPageContentStream(out, target)) {
                    stream.drawImage(xobject, 0, 0, width, height);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Pixels of one page that fit a quarter of the worker heap as 4-byte pixels, and the image limit. */
    private long pagePixelCap() {
        long heapPixels = (Runtime.getRuntime().maxMemory() / 4) / 4;
        return Math.min(limits.maxImagePixels(), heapPixels);
    }
}
