package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.junit.jupiter.api.Test;

class LegacyDisarmTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void removesVbaAndEmbeddedObjectsFromAnXlsKeepingItsText() throws Exception {
        byte[] hostile = LegacySamples.xlsWithMacrosAndObject();
        assertThat(ActiveContentInspector.problems(hostile)).isNotEmpty();
        FileResult result = engine.sanitise(hostile, "予算.xls");
        assertThat(result.report().blockReason()).isNull();
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(result.fileName()).isEqualTo("予算.xls");
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.MACRO, FindingKind.OLE_OBJECT);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        assertThat(xlsText(result.content())).isEqualTo(xlsText(LegacySamples.xls())).contains(OfficeSamples.TEXT);
    }

    @Test
    void keepsABenignPresentationAndItsText() throws Exception {
        byte[] ppt = LegacySamples.ppt();
        FileResult result = engine.sanitise(ppt, "説明.ppt");
        assertThat(result.report().blockReason()).isNull();
        assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(pptText(result.content())).isEqualTo(pptText(ppt)).contains(OfficeSamples.TEXT);
    }

    @Test
    void blocksAPasswordProtectedOoxml() throws Exception {
        FileResult result = engine.sanitise(LegacySamples.encryptedDocx(), "秘密.docx");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.ENCRYPTION);
    }

    @Test
    void removesRtfObjectsAndDdeFieldsKeepingTheText() {
        byte[] rtf = LegacySamples.rtf("Hello \\'82\\'b1\\'82\\'f1 "
                + "{\\object\\objemb{\\*\\objclass Equation.3}{\\*\\objdata 0105000002000000}{\\result {\\pict x}}}"
                + "{\\field{\\*\\fldinst {DDE}{AUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/c calc\"}}{\\fldrslt shown-result}}"
                + "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}"
                + "{\\*\\template http://203.0.113.9/t.dot}{\\pict\\bin4 {}}\\par}");
        assertThat(ActiveContentInspector.problems(rtf)).isNotEmpty();
        FileResult result = engine.sanitise(rtf, "letter.rtf");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        String out = new String(result.content(), StandardCharsets.ISO_8859_1);
        assertThat(out).contains("Hello \\'82\\'b1\\'82\\'f1", "shown-result", "\\fldinst PAGE", "\\bin4 {}")
                .doesNotContain("objdata", "DDE", "template");
        assertThat(result.report().findings()).extracting(f -> f.kind())
                .contains(FindingKind.OLE_OBJECT, FindingKind.ACTIVE_CONTENT, FindingKind.EXTERNAL_LINK);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void blocksUnbalancedRtfAndDropsTrailingPayload() {
        assertThat(engine.sanitise("{\\rtf1 {\\b open".getBytes(StandardCharsets.US_ASCII), "x.rtf").report().verdict())
                .isEqualTo(Verdict.BLOCKED);
        byte[] tail = (new String(LegacySamples.rtf("ok"), StandardCharsets.ISO_8859_1) + "MZ\u0090payload")
                .getBytes(StandardCharsets.ISO_8859_1);
        FileResult result = engine.sanitise(tail, "x.rtf");
        assertThat(new String(result.content(), StandardCharsets.ISO_8859_1)).endsWith("ok}").doesNotContain("payload");
    }

    private static String xlsText(byte[] xls) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls)); ExcelExtractor x = new ExcelExtractor(wb)) {
            return x.getText();
        }
    }

    private static String pptText(byte[] ppt) throws IOException {
        try (HSLFSlideShow show = new HSLFSlideShow(new ByteArrayInputStream(ppt));
             SlideShowExtractor<?, ?> x = new SlideShowExtractor<>(show)) {
            return x.getText();
        }
    }
}
