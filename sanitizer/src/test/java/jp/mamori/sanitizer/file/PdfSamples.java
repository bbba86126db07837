package jp.mamori.sanitizer.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Builds benign and malicious PDFs at test time with PDFBox, so no live sample is kept in the repo. */
final class PdfSamples {
    private PdfSamples() {
    }

    static byte[] plain(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    s.newLineAtOffset(72, 720);
                    s.showText("Mamori test page " + (i + 1));
                    s.endText();
                    s.addRect(72, 400, 300, 200);
                    s.stroke();
                }
            }
            return save(doc);
        }
    }

    /** One page with a large filled area: shades of grey, or colours, as a photo or a chart would have. */
    static byte[] shaded(boolean colour) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (int band = 0; band < 20; band++) {
                    float level = band / 20f;
                    if (colour) {
                        s.setNonStrokingColor(level, 0.3f, 1 - level);
                    } else {
                        s.setNonStrokingColor(level);
                    }
                    s.addRect(72, 100 + band * 30, 450, 30);
                    s.fill();
                }
            }
            return save(doc);
        }
    }

    /** JavaScript OpenAction, a Launch action on a link, a URI link and an embedded file. */
    static byte[] malicious() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('pwned');"));
            PDAnnotationLink launch = new PDAnnotationLink();
            launch.setRectangle(new PDRectangle(50, 50, 100, 20));
            PDActionLaunch action = new PDActionLaunch();
            action.setFile(new PDComplexFileSpecification(null));
            action.getCOSObject().setString("F", "cmd.exe");
            launch.setAction(action);
            PDAnnotationLink uri = new PDAnnotationLink();
            uri.setRectangle(new PDRectangle(50, 100, 100, 20));
            PDActionURI go = new PDActionURI();
            go.setURI("https://evil.example/");
            uri.setAction(go);
            page.setAnnotations(List.of(launch, uri));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            PDEmbeddedFile ef = new PDEmbeddedFile(doc,
                    new java.io.ByteArrayInputStream("MZ fake".getBytes(StandardCharsets.US_ASCII)));
            spec.setEmbeddedFile(ef);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("payload.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            return save(doc);
        }
    }

    static byte[] encrypted() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
