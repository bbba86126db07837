package jp.mamori.sanitizer.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.mamori.sanitizer.FileLimits;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of an OPC package, read from a ZIP with the archive limits enforced on the bytes actually
 * inflated (never on the sizes the ZIP declares), and written back as a new ZIP.
 */
final class OoxmlParts {
    /** Why a package was refused; the message is the block reason. */
    static final class Refused extends Exception {
        final boolean encrypted;

        Refused(String reason, boolean encrypted) {
            super(reason);
            this.encrypted = encrypted;
        }
    }

    private OoxmlParts() {
    }

    /** Part names (without a leading slash) to bytes, in ZIP order. */
    static Map<String, byte[]> read(byte[] content, FileLimits limits) throws IOException, Refused {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        long budget = limits.maxExpandedBytes();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .setUseUnicodeExtraFields(false).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            int count = 0;
            for (ZipArchiveEntry entry : Collections.list(entries)) {
                if (++count > limits.maxArchiveEntries()) {
                    throw new Refused("more than " + limits.maxArchiveEntries() + " parts", false);
                }
                String name = entry.getName();
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    throw new Refused("encrypted part " + name, true);
                }
                // CVE-2025-31672: two entries with one name let Office and a checker read different parts.
                if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    throw new Refused("duplicate part name " + name, false);
                }
                if (name.startsWith("/") || name.contains("\\") || name.contains("..") || name.indexOf('\0') >= 0) {
                    throw new Refused("malformed part name " + name, false);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new Refused("unsupported compression in part " + name, false);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] data = readBounded(in, budget, name);
                    budget -= data.length;
                    long compressed = Math.max(1, entry.getCompressedSize());
                    if (data.length > 1 << 20 && data.length / compressed > limits.maxCompressionRatio()) {
                        throw new Refused("part " + name + " expands more than " + limits.maxCompressionRatio()
                                + "× (zip bomb)", false);
                    }
                    parts.put(name, data);
                }
            }
        }
        return parts;
    }

    private static byte[] readBounded(InputStream in, long budget, String name) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
                throw new Refused("package expands beyond the limit (at part " + name + ")", false);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A new ZIP holding {@code first} first (OPC readers expect the content types early), then the rest. */
    static byte[] write(String first, Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, first, parts.get(first));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (!part.getKey().equals(first)) {
                    put(zip, part.getKey(), part.getValue());
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0L); // no timestamps carried over; output depends only on content
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
