package jp.mamori.sanitizer.file;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Reads ZIP central directories from memory (commons-compress: raw names, flags, ZIP64). */
final class ZipContainer {
    private ZipContainer() {
    }

    static ZipFile open(byte[] content) throws IOException {
        return ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setUseUnicodeExtraFields(false) // names are decoded by us, from the raw bytes
                .setIgnoreLocalFileHeader(false)
                .get();
    }

    /** True for an Office Open XML package: a ZIP whose root holds {@code [Content_Types].xml}. */
    static boolean isOfficePackage(byte[] content) {
        try (ZipFile zip = open(content)) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException | RuntimeException e) {
            return false; // not a readable ZIP: the archive disarm reports why
        }
    }

    /**
     * True for an OpenDocument package: a ZIP holding a {@code mimetype} entry that names an OpenDocument type (ODF
     * readers look at nothing else, so neither do we).
     */
    static boolean isOpenDocument(byte[] content) {
        try (ZipFile zip = open(content)) {
            var entry = zip.getEntry("mimetype");
            if (entry == null || entry.getSize() > 200) {
                return false;
            }
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII)
                        .startsWith("application/vnd.oasis.opendocument.");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
