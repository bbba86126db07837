package jp.mamori.sanitizer.file;

/**
 * Width and height read straight from an image header, before any decoder runs, so that a pixel bomb
 * (a tiny file declaring 100000 × 100000) is refused without allocating anything. Also notes metadata.
 */
final class ImageHeader {
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    private ImageHeader() {
    }

    /** Null when the header is truncated or malformed. */
    static Size size(byte[] b, FileType type) {
        return switch (type) {
            case PNG -> b.length >= 24 && ContentSniffer.startsWith(b, 12, 'I', 'H', 'D', 'R')
                    ? new Size(be32(b, 16), be32(b, 20)) : null;
            case GIF -> b.length >= 10 ? new Size(le16(b, 6), le16(b, 8)) : null;
            case BMP -> bmp(b);
            case JPEG -> jpeg(b);
            default -> null;
        };
    }

    /** Whether the image carries text, EXIF, XMP, IPTC or comments that the re-encoding drops. */
    static boolean hasMetadata(byte[] b, FileType type) {
        switch (type) {
            case PNG -> {
                for (int i = 8; i + 8 <= b.length; ) {
                    long length = be32(b, i);
                    String chunk = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (chunk.equals("tEXt") || chunk.equals("zTXt") || chunk.equals("iTXt") || chunk.equals("eXIf")) {
                        return true;
                    }
                    if (length < 0 || length > b.length) {
                        return false;
                    }
                    i += 12 + (int) length;
                }
                return false;
            }
            case JPEG -> {
                for (int i = 2; i + 4 <= b.length; ) {
                    if ((b[i] & 0xFF) != 0xFF) {
                        return false;
                    }
                    int marker = b[i + 1] & 0xFF;
                    if (marker == 0xE1 || marker == 0xED || marker == 0xFE) {
                        return true; // APP1 (EXIF/XMP), APP13 (IPTC), COM
                    }
                    if (marker == 0xDA) {
                        return false; // start of scan: no more header segments
                    }
                    i += 2 + be16(b, i + 2);
                }
                return false;
            }
            case GIF -> {
                return ContentSniffer.indexOf(b, new byte[] {0x21, (byte) 0xFE}, b.length) >= 0;
            }
            default -> {
                return false;
            }
        }
    }

    private static Size bmp(byte[] b) {
        if (b.length < 26) {
            return null;
        }
        if (ContentSniffer.le32(b, 14) == 12) {
            return new Size(le16(b, 18), le16(b, 20));
        }
        return new Size(Math.abs((long) ContentSniffer.le32(b, 18)), Math.abs((long) ContentSniffer.le32(b, 22)));
    }

    private static Size jpeg(byte[] b) {
        for (int i = 2; i + 9 <= b.length; ) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                return new Size(be16(b, i + 7), be16(b, i + 5));
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                i += 2;
                continue;
            }
            i += 2 + be16(b, i + 2);
        }
        return null;
    }

    private static long be32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int be16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }
}
