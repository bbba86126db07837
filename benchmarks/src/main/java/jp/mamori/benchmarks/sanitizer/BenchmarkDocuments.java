package jp.mamori.benchmarks.sanitizer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Documents for the file benchmarks: office-like A4 pages and a two-page Word document with a table. */
final class BenchmarkDocuments {
    private BenchmarkDocuments() {
    }

    /** A4 pages with 45 lines of text, a ruled table and a 300×200 picture each: a typical report page. */
    static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage picture = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 300; x++) {
                for (int y = 0; y < 200; y++) {
                    picture.setRGB(x, y, (x * 255 / 300) << 16 | (y * 255 / 200) << 8 | 128);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
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
                        s.showText("Page " + (p + 1) + " line " + (line + 1)
                                + ": information security management for local governments, audit evidence and controls.");
                        s.newLine();
                    }
                    s.endText();
                    for (int row = 0; row <= 6; row++) {
                        s.moveTo(56, 200 + row * 20);
                        s.lineTo(540, 200 + row * 20);
                    }
                    s.stroke();
                    s.drawImage(image, 300, 60, 150, 100);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 60; i++) {
                doc.createParagraph().createRun().setText("第" + (i + 1) + "条 情報セキュリティ対策基準に基づき、"
                        + "各課は保有する情報資産を分類し、管理責任者を定めるものとする。");
            }
            XWPFTable table = doc.createTable(20, 4);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText("資産" + r + "-" + c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
