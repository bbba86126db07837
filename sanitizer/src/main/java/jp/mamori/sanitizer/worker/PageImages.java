package jp.mamori.sanitizer.worker;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The image a rendered page is stored as, chosen by what the page holds (issue 18: a page of text cost about 500 KB
 * as colour JPEG). A page of dark text on white (no colour, mostly paper, grey only at the edges of letters)
 * becomes a bi-level image (one bit a pixel, deflated), as a scanner's text mode would store it; a page without colour but
 * with shaded areas becomes a grey JPEG; anything with colour stays a colour JPEG. Decided from the rendered pixels
 * only. Stateless.
 */
final class PageImages {
    /** The kind of page, as its pixels show it. */
    enum Kind { TEXT, GREY, COLOUR }

    private static final float JPEG_QUALITY = 0.85f;
    /** A channel difference above this makes a pixel coloured (anti-aliased black text stays under it). */
    private static final int COLOUR_SPREAD = 24;
    /**
     * Fractions of sampled pixels: more coloured ones than this make a colour page; a text page is at least this
     * much paper (near white) and at most this much mid-grey (anti-aliased edges of letters, not shaded areas).
     */
    private static final double COLOUR_SHARE = 0.002;
    private static final double PAPER_SHARE = 0.8;
    private static final double MID_GREY_SHARE = 0.12;
    /** The luma below which a pixel of a text page is black. */
    private static final int THRESHOLD = 160;

    private PageImages() {
    }

    static Kind kindOf(BufferedImage rgb) {
        long sampled = 0;
        long coloured = 0;
        long midGrey = 0;
        long paper = 0;
        int step = Math.max(1, (int) Math.sqrt((double) rgb.getWidth() * rgb.getHeight() / 250_000));
        for (int y = 0; y < rgb.getHeight(); y += step) {
            for (int x = 0; x < rgb.getWidth(); x += step) {
                int p = rgb.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                sampled++;
                if (Math.max(Math.abs(r - g), Math.max(Math.abs(g - b), Math.abs(r - b))) > COLOUR_SPREAD) {
                    coloured++;
                }
                int luma = (r * 299 + g * 587 + b * 114) / 1000;
                if (luma > 64 && luma < 192) {
                    midGrey++;
                } else if (luma >= 224) {
                    paper++;
                }
            }
        }
        if (coloured > sampled * COLOUR_SHARE) {
            return Kind.COLOUR;
        }
        return paper >= sampled * PAPER_SHARE && midGrey <= sampled * MID_GREY_SHARE ? Kind.TEXT : Kind.GREY;
    }

    static PDImageXObject encode(PDDocument out, BufferedImage rgb, int dpi) throws IOException {
        return switch (kindOf(rgb)) {
            case TEXT -> bilevelFlate(out, rgb);
            case GREY -> JPEGFactory.createFromImage(out, grey(rgb), JPEG_QUALITY, dpi);
            case COLOUR -> JPEGFactory.createFromImage(out, rgb, JPEG_QUALITY, dpi);
        };
    }

    /**
     * One bit per pixel (0 black, 1 white), packed row by row and deflated straight into the image stream: about
     * 6 KB for an A4 page of text at 150 dpi, against 40 KB in CCITT G4 from PDFBox's encoder and 470 KB as colour
     * JPEG, and cheaper to make than either (java.util.zip's deflate is native; the per-pixel paths of PDFBox's
     * factories cost more than the rendering).
     */
    private static PDImageXObject bilevelFlate(PDDocument out, BufferedImage rgb) throws IOException {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int stride = (width + 7) / 8;
        byte[] packed = new byte[stride * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            rgb.getRGB(0, y, width, 1, row, 0, width);
            int offset = y * stride;
            for (int x = 0; x < width; x++) {
                int p = row[x];
                int luma = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
                if (luma >= THRESHOLD) {
                    packed[offset + (x >> 3)] |= (byte) (0x80 >> (x & 7));
                }
            }
        }
        var deflated = new java.io.ByteArrayOutputStream(packed.length / 8);
        try (var zip = new java.util.zip.DeflaterOutputStream(deflated,
                new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION), 1 << 16)) {
            zip.write(packed);
        }
        return new PDImageXObject(out, new java.io.ByteArrayInputStream(deflated.toByteArray()),
                org.apache.pdfbox.cos.COSName.FLATE_DECODE, width, height, 1,
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
    }

    private static BufferedImage grey(BufferedImage rgb) {
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = grey.createGraphics();
        try {
            g.drawImage(rgb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
