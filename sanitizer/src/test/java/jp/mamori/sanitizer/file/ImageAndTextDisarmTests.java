package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageAndTextDisarmTests {
    static final String JAPANESE = "令和7年度 情報セキュリティ監査 ①㈱ｶﾅ 〒100-0001\r\n東京都千代田区\tです。\n";
    private final FileEngine engine = FileEngineTestSupport.engine();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void reencodesImagesKeepingTheirSize(String format) throws IOException {
        byte[] image = image(format, 40, 30);
        FileResult result = engine.sanitise(image, "pic." + format);
        assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(result.content()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(30);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    /**
     * Print-shop JPEGs (issue 18): four-component CMYK without a marker, Adobe CMYK (APP14 transform 0) and YCCK
     * (transform 2) are re-encoded as ordinary three-component JPEGs, not blocked.
     */
    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 2})
    void reencodesCmykAndYcckJpegsAsRgb(int adobeTransform) throws IOException {
        byte[] jpeg = fourComponentJpeg(40, 30, adobeTransform);
        assertThat(components(jpeg)).isEqualTo(4);
        FileResult result = engine.sanitise(jpeg, "印刷用.jpg");
        assertThat(result.report().verdict()).as(result.report().blockReason()).isNotEqualTo(Verdict.BLOCKED);
        assertThat(components(result.content())).isEqualTo(3);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(result.content()));
        assertThat(out.getWidth()).isEqualTo(40);
        assertThat(out.getHeight()).isEqualTo(30);
    }

    /** A JPEG of four components written by the JDK from a raster; with an Adobe marker when the transform is 0 or 2. */
    private static byte[] fourComponentJpeg(int width, int height, int adobeTransform) throws IOException {
        var raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height,
                4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 6, y * 8, 30, 10});
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        if (adobeTransform < 0) {
            return plain;
        }
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
                (byte) adobeTransform};
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(plain, 0, 2);
        marked.write(adobe);
        marked.write(plain, 2, plain.length - 2);
        return marked.toByteArray();
    }

    /** The number of components in the JPEG's frame header (SOF0 to SOF2). */
    private static int components(byte[] jpeg) {
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) >= 0xC0 && (jpeg[i + 1] & 0xFF) <= 0xC2) {
                return jpeg[i + 9] & 0xFF;
            }
        }
        return -1;
    }

    @Test
    void dropsPngTextChunksAndTrailingPayload() throws IOException {
        byte[] png = image("png", 10, 10);
        byte[] withText = insertPngTextChunk(png);
        byte[] withTail = concat(withText, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        FileResult result = engine.sanitise(withTail, "x.png");
        assertThat(result.report().findings()).extracting(f -> f.kind()).contains(FindingKind.METADATA);
        assertThat(new String(result.content(), StandardCharsets.ISO_8859_1)).doesNotContain("script", "tEXt");
    }

    @Test
    void refusesAPixelBombFromItsHeaderAlone() throws IOException {
        byte[] png = image("png", 10, 10);
        // IHDR width/height → 100000 × 100000; the CRC no longer matches, but we refuse before any decoder runs.
        writeBe32(png, 16, 100_000);
        writeBe32(png, 20, 100_000);
        FileResult result = engine.sanitise(png, "bomb.png");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(result.report().findings()).extracting(f -> f.kind()).containsExactly(FindingKind.OVER_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-31j", "x-eucJP-Open", "x-windows-iso2022jp", "UTF-16"})
    void decodesJapaneseTextAndWritesUtf8(String charset) {
        byte[] bytes = JAPANESE.getBytes(Charset.forName(charset));
        FileResult result = engine.sanitise(bytes, "通知.txt");
        assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(new String(result.content(), StandardCharsets.UTF_8)).isEqualTo(JAPANESE);
        assertThat(result.mediaType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void stripsTheUtf8BomAndControlCharacters() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "a\u0007b\u001B[31mc\u202Ed\r\n".getBytes(StandardCharsets.UTF_8));
        FileResult result = engine.sanitise(bytes, "log.txt");
        assertThat(new String(result.content(), StandardCharsets.UTF_8)).isEqualTo("ab[31mcd\r\n");
        assertThat(result.report().verdict()).isEqualTo(Verdict.SANITISED);
        assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
    }

    @Test
    void quotesDdeCellsInCsv() {
        byte[] csv = "名前,式\r\n山田,=cmd|' /C calc'!A0\r\n".getBytes(Charset.forName("windows-31j"));
        FileResult result = engine.sanitise(csv, "一覧.csv");
        assertThat(result.fileName()).isEqualTo("一覧.csv");
        assertThat(result.mediaType()).startsWith("text/csv");
        assertThat(new String(result.content(), StandardCharsets.UTF_8)).contains("山田,'=cmd|");
    }

    @Test
    void blocksBinaryDataAndScriptsDisguisedAsText() {
        assertThat(engine.sanitise(new byte[] {1, 2, 3, 0, 5}, "x.txt").report().verdict()).isEqualTo(Verdict.BLOCKED);
        FileResult vbs = engine.sanitise("CreateObject(\"WScript.Shell\").Run \"calc\"".getBytes(StandardCharsets.US_ASCII),
                "請求書.vbs");
        assertThat(vbs.report().verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(vbs.report().findings()).extracting(f -> f.kind()).containsExactly(FindingKind.TYPE_MISMATCH);
    }

    @Test
    void cleansTheOutputNameOfBidiTricks() {
        FileResult result = engine.sanitise("hello".getBytes(StandardCharsets.US_ASCII), "invoice\u202Etxt.exe");
        assertThat(result.report().verdict()).isEqualTo(Verdict.BLOCKED); // .exe name on text
        FileResult ok = engine.sanitise("hello".getBytes(StandardCharsets.US_ASCII), "..\\..\\memo\u202E.txt");
        assertThat(ok.fileName()).isEqualTo("memo_.txt");
    }

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            img.setRGB(x, x % h, 0xFF0000);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static byte[] insertPngTextChunk(byte[] png) {
        byte[] chunk = new byte[12 + 9];
        writeBe32(chunk, 0, 9);
        System.arraycopy("tEXtAuthor\0me".getBytes(StandardCharsets.ISO_8859_1), 0, chunk, 4, 13);
        byte[] out = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, out, 0, 33); // signature + IHDR
        System.arraycopy(chunk, 0, out, 33, chunk.length);
        System.arraycopy(png, 33, out, 33 + chunk.length, png.length - 33);
        return out;
    }

    private static void writeBe32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
