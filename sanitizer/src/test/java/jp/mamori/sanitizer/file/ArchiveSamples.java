package jp.mamori.sanitizer.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP samples built at test time: bombs, traversal names, CP932 names, encrypted entries, EICAR. */
final class ArchiveSamples {
    private ArchiveSamples() {
    }

    /** EICAR, assembled at run time so the repository never holds the string (desktop AV would eat it). */
    static String eicar() {
        return "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS" + "-TEST-FILE!$H+H*";
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Names written as raw bytes in {@code charset} without the UTF-8 flag, as Japanese Windows does. */
    static byte[] zipWithNamesIn(Charset charset, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, charset)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** One entry of {@code megabytes} zeros: a ratio of about 1000×. */
    static byte[] highRatio(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** 42.zip-style: each layer holds {@code fanOut} copies of the layer below. */
    static byte[] nested(int layers, int fanOut) throws IOException {
        byte[] inner = "leaf".getBytes(StandardCharsets.US_ASCII);
        String name = "leaf.txt";
        for (int layer = 0; layer < layers; layer++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < fanOut; i++) {
                    zip.putNextEntry(new ZipEntry(i + "-" + name));
                    zip.write(inner);
                    zip.closeEntry();
                }
            }
            inner = out.toByteArray();
            name = "layer" + layer + ".zip";
        }
        return inner;
    }

    static byte[] manyEntries(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A stored entry with the "encrypted" flag set (traditional PKWARE encryption marker). */
    static byte[] encryptedEntry() throws IOException {
        byte[] plain = zipStored("secret.txt", "himitsu".getBytes(StandardCharsets.US_ASCII));
        // Set bit 0 of the general purpose flag in the local header (offset 6) and central header.
        plain[6] |= 1;
        int central = indexOf(plain, new byte[] {'P', 'K', 1, 2});
        plain[central + 8] |= 1;
        return plain;
    }

    private static byte[] zipStored(String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry(name);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
