package jp.mamori.benchmarks.sanitizer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.file.FileEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Bytes per page and pages per second of the PDF disarm, for a page of text (45 lines and a ruled table, no picture)
 * and a photo page (one full-page photograph), at the engine's default 150 dpi. Run by hand:
 * {@code java -cp benchmarks/target/mamori-benchmarks.jar jp.mamori.benchmarks.sanitizer.PdfOutputSizes [DIR]};
 * with DIR it also writes the two input PDFs there, so that another build of the engine can be measured on the same
 * files. Figures in docs/performance.md.
 */
public final class PdfOutputSizes {
    private static final int PAGES = 10;

    private PdfOutputSizes() {
    }

    public static void main(String[] args) throws IOException {
        byte[] text = textPages(PAGES);
        byte[] photo = photoPages(PAGES);
        if (args.length > 0) {
            Path dir = Files.createDirectories(Path.of(args[0]));
            Files.write(dir.resolve("text-pages.pdf"), text);
            Files.write(dir.resolve("photo-pages.pdf"), photo);
        }
        try (FileEngine engine = new FileEngine(FileLimits.strict())) {
            engine.sanitise(text, "warm-up.pdf");
            measure(engine, "text page", text);
            measure(engine, "photo page", photo);
        }
    }

    private static void measure(FileEngine engine, String what, byte[] pdf) {
        long start = System.nanoTime();
        int runs = 3;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            var result = engine.sanitise(pdf, what + ".pdf");
            if (result.content() == null) {
                throw new IllegalStateException(what + " blocked: " + result.report().blockReason());
            }
            bytes = result.content().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-10s %8d bytes/page  %6.1f pages/s%n", what, bytes / PAGES, runs * PAGES / seconds);
    }

    static byte[] textPages(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 10);
                    s.setLeading(12);
                    s.newLineAtOffset(56, 800);
                    for (int line = 0; line < 45; line++) {
                        s.showText("Line " + line + " of page " + (p + 1)
                                + ": the information security policy of the town, its measures and their owners.");
                        s.newLine();
                    }
                    s.endText();
                    for (int row = 0; row <= 8; row++) {
                        s.moveTo(56, 200 - row * 18);
                        s.lineTo(540, 200 - row * 18);
                    }
                    s.stroke();
                }
            }
            return save(doc);
        }
    }

    static byte[] photoPages(int pages) throws IOException {
        BufferedImage photo = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(42);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int r = (int) (128 + 100 * Math.sin(x / 90.0) + random.nextInt(20)) & 0xFF;
                int g = (int) (128 + 90 * Math.cos(y / 70.0) + random.nextInt(20)) & 0xFF;
                int b = (int) (100 + 80 * Math.sin((x + y) / 150.0) + random.nextInt(20)) & 0xFF;
                photo.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            var image = JPEGFactory.createFromImage(doc, photo, 0.9f);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
