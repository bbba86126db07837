package jp.mamori.sanitizer.file;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import jp.mamori.sanitizer.Action;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.Finding;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.worker.Disarmed;

/**
 * Images → the same format, decoded to pixels and encoded afresh by the JDK, so nothing but pixels
 * survives: no EXIF/XMP/comments, no trailing payload, no polyglot tail. The size is checked twice before
 * decoding: from our own header reader, then from the decoder's header, which must agree.
 */
final class ImageDisarm {
    private static final float JPEG_QUALITY = 0.92f;

    private final FileLimits limits;

    ImageDisarm(FileLimits limits) {
        this.limits = limits;
    }

    Disarmed disarm(byte[] content, FileType type, String name) throws IOException {
        ImageHeader.Size size = ImageHeader.size(content, type);
        if (size == null || size.width() <= 0 || size.height() <= 0) {
            return Disarmed.blocked(type.mediaType, name, FindingKind.AMBIGUOUS_STRUCTURE, "unreadable image header");
        }
        if (size.pixels() > limits.maxImagePixels()) {
            return Disarmed.blocked(type.mediaType, name, FindingKind.OVER_LIMIT, "image of " + size.width() + "×"
                    + size.height() + " pixels is over the limit of " + limits.maxImagePixels());
        }
        List<Finding> findings = new ArrayList<>();
        if (ImageHeader.hasMetadata(content, type)) {
            findings.add(new Finding(name, FindingKind.METADATA, Action.REMOVED, "image metadata (EXIF, XMP, comments)"));
        }
        String format = type.extension.equals("jpg") ? "jpeg" : type.extension;
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                return Disarmed.blocked(type.mediaType, name, FindingKind.UNKNOWN_TYPE, "no decoder for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > limits.maxImagePixels() || w * h > Math.max(size.pixels(), 1) * 4) {
                    return Disarmed.blocked(type.mediaType, name, FindingKind.AMBIGUOUS_STRUCTURE,
                            "image frame larger than its header declares");
                }
                image = reader.read(0);
                if (type == FileType.GIF && reader.getNumImages(true) > 1) {
                    findings.add(new Finding(name, FindingKind.ACTIVE_CONTENT, Action.CONVERTED,
                            "animation reduced to its first frame"));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Disarmed.blocked(type.mediaType, name, FindingKind.AMBIGUOUS_STRUCTURE,
                    "image cannot be decoded: " + e.getMessage());
        }
        byte[] encoded = encode(image, format);
        if (encoded == null) {
            return Disarmed.blocked(type.mediaType, name, FindingKind.PROCESSING_FAILURE, "image cannot be re-encoded");
        }
        return Disarmed.passed(type.mediaType, encoded, type.mediaType, type.extension, findings);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        BufferedImage pixels = image;
        if (format.equals("jpeg") || format.equals("bmp")) {
            pixels = opaqueRgb(image); // neither writer takes alpha or odd colour models
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals("jpeg")) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(pixels, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
        return ImageIO.write(pixels, format, out) ? out.toByteArray() : null;
    }

    private static BufferedImage opaqueRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
