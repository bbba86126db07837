package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class OoxmlDisarmTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void keepsTheTextOfABenignDocumentExactly() throws IOException {
        byte[] docx = OfficeSamples.docx();
        FileResult result = engine.sanitise(docx, "議事録.docx");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED); // its hyperlink is neutralised
        assertThat(result.fileName()).isEqualTo("議事録.docx");
        assertThat(wordText(result.content())).isEqualTo(wordText(docx)).contains(OfficeSamples.TEXT);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void keepsTheTextOfAWorkbookAndASlideShowExactly() throws IOException {
        byte[] xlsx = OfficeSamples.xlsx();
        FileResult book = engine.sanitise(xlsx, "集計.xlsx");
        assertThat(book.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(excelText(book.content())).isEqualTo(excelText(xlsx)).contains(OfficeSamples.TEXT);
        byte[] pptx = OfficeSamples.pptx();
        FileResult show = engine.sanitise(pptx, "説明.pptx");
        assertThat(show.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(slideText(show.content())).isEqualTo(slideText(pptx)).contains(OfficeSamples.TEXT);
    }

    @Test
    void neutralisesExternalHyperlinks() throws IOException {
        FileResult result = engine.sanitise(OfficeSamples.docx(), "links.docx");
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.EXTERNAL_LINK);
            assertThat(f.detail()).contains("hxxps://example[.]jp/");
        });
    }

    @Test
    void turnsADocmIntoADocxWithoutTheVbaProject() throws IOException {
        byte[] docm = OfficeSamples.docm();
        assertThat(ActiveContentInspector.problems(docm)).isNotEmpty();
        FileResult result = engine.sanitise(docm, "見積書.docm");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.fileName()).isEqualTo("見積書.docx");
        assertThat(result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.MACRO);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(wordText(result.content())).isEqualTo(wordText(OfficeSamples.docx()));
    }

    @Test
    void removesVbaAndDdeFormulasFromAnXlsm() throws IOException {
        FileResult result = engine.sanitise(OfficeSamples.xlsmWithDde(), "calc.xlsm");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.fileName()).isEqualTo("calc.xlsx");
        assertThat(result.report().findings()).anySatisfy(f -> assertThat(f.detail()).contains("DDE formula"));
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(new String(result.content(), StandardCharsets.ISO_8859_1)).doesNotContain("cmd|");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.content()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(OfficeSamples.TEXT);
        }
    }

    @Test
    void removesOleObjectsRemoteTemplatesAndDdeFieldsKeepingTheDisplayedText() throws IOException {
        byte[] hostile = OfficeSamples.docxWithObjectsAndDde();
        assertThat(ActiveContentInspector.problems(hostile)).isNotEmpty();
        FileResult result = engine.sanitise(hostile, "order.docx");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).extracting(f -> f.kind())
                .contains(FindingKind.OLE_OBJECT, FindingKind.EXTERNAL_LINK, FindingKind.ACTIVE_CONTENT);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        String text = wordText(result.content());
        assertThat(text).contains("simple-result", "complex-result", OfficeSamples.TEXT).doesNotContain("DDE");
    }

    @Test
    void removesActiveXControls() throws IOException {
        byte[] hostile = OfficeSamples.docxWithActiveX();
        assertThat(ActiveContentInspector.problems(hostile)).isNotEmpty();
        FileResult result = engine.sanitise(hostile, "form.docx");
        assertThat(result.report().findings()).filteredOn(f -> f.kind() == FindingKind.ACTIVE_CONTENT).hasSize(2);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(wordText(result.content())).isEqualTo(wordText(OfficeSamples.docx()));
    }

    @Test
    void removesPresentationActionsThatStartSomethingAndKeepsNavigation() throws IOException {
        byte[] hostile = OfficeSamples.pptxWithActions();
        assertThat(ActiveContentInspector.problems(hostile)).hasSize(4);
        FileResult result = engine.sanitise(hostile, "説明.pptx");
        assertThat(result.report().verdict()).as(result.report().blockReason()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).filteredOn(f -> f.detail().startsWith("presentation action removed"))
                .extracting(f -> f.detail().substring(f.detail().lastIndexOf(' ') + 1)).containsExactlyInAnyOrder(
                        "ppaction://program", "ppaction://macro?name=AutoRun", "ppaction://ole?verb=0",
                        "PPACTION://HLINKFILE");
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(slideText(result.content())).isEqualTo(slideText(OfficeSamples.pptx()));
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(result.content()))) {
            assertThat(show.getSlides()).hasSize(1);
        }
    }

    @Test
    void neutralisesHyperlinksToUncPathsAndLocalProgramsThatDoNotSayExternal() throws IOException {
        byte[] hostile = OfficeSamples.docxWithLocalLinks();
        assertThat(ActiveContentInspector.problems(hostile)).filteredOn(p -> p.contains("leaving the package")).hasSize(2);
        FileResult result = engine.sanitise(hostile, "案内.docx");
        assertThat(result.report().findings()).filteredOn(f -> f.kind() == FindingKind.EXTERNAL_LINK)
                .extracting(f -> f.detail()).anySatisfy(d -> assertThat(d).contains("203[.]0[.]113[.]9"))
                .anySatisfy(d -> assertThat(d).contains("calc[.]exe"));
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(wordText(result.content())).isEqualTo(wordText(OfficeSamples.docx()));
    }

    @Test
    void removesFieldsInHeadersAndLinkedOleObjects() throws IOException {
        byte[] hostile = OfficeSamples.docxWithHeaderDdeAndOleLink();
        assertThat(ActiveContentInspector.problems(hostile)).hasSizeGreaterThanOrEqualTo(2);
        FileResult result = engine.sanitise(hostile, "通知.docx");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.report().findings()).anySatisfy(f -> {
            assertThat(f.location()).startsWith("word/header");
            assertThat(f.detail()).startsWith("field removed");
        }).anySatisfy(f -> assertThat(f.detail()).contains("oleObject").contains("removed"));
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.content()))) {
            assertThat(doc.getHeaderList().get(0).getText()).contains("header-text", "header-field-result");
        }
    }

    @Test
    void blocksAPartWithADoctype() throws IOException {
        FileResult result = engine.sanitise(OfficeSamples.docxWithXxe(), "xxe.docx");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().blockReason()).containsIgnoringCase("DOCTYPE");
    }

    static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    static String excelText(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             XSSFExcelExtractor x = new XSSFExcelExtractor(wb)) {
            return x.getText();
        }
    }

    static String slideText(byte[] pptx) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx));
             SlideShowExtractor<?, ?> x = new SlideShowExtractor<>(show)) {
            return x.getText();
        }
    }
}
