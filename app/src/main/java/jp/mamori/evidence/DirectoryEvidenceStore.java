package jp.mamori.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The default {@link EvidenceStore}: files under {@code ${mamori.data-dir}/evidence/<tenant id>/<random key>}.
 * Writes go to a temp file in the same directory, are forced to disk, and are renamed atomically into place;
 * a failure removes the temp file. Keys are 32 hex digits and are checked on every read, so that a key can never
 * name a path outside the tenant's directory. Thread-safe.
 */
@Component
class DirectoryEvidenceStore implements EvidenceStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    // mamori.catalog.evidence-dir is the name the setting had while the store lived in the catalogue.
    DirectoryEvidenceStore(
            @Value("${mamori.evidence.dir:${mamori.catalog.evidence-dir:${mamori.data-dir}/evidence}}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Stored store(UUID tenantId, InputStream content, long maxBytes) throws IOException {
        var dir = directory(tenantId);
        Files.createDirectories(dir);
        var key = UUID.randomUUID().toString().replace("-", "");
        var temp = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            var digest = sha256();
            long size = 0;
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    digest.update(buffer, 0, n);
                    var bytes = ByteBuffer.wrap(buffer, 0, n);
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                }
                channel.force(true);
            }
            var target = dir.resolve(key);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            forceDirectory(dir);
            return new Stored(key, size, HexFormat.of().formatHex(digest.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(UUID tenantId, String key) throws IOException {
        return Files.newInputStream(file(tenantId, key));
    }

    @Override
    public boolean exists(UUID tenantId, String key) {
        return Files.isRegularFile(file(tenantId, key));
    }

    @Override
    public void delete(UUID tenantId, String key) throws IOException {
        Files.deleteIfExists(file(tenantId, key));
    }

    Path directory(UUID tenantId) {
        return root.resolve(tenantId.toString());
    }

    private Path file(UUID tenantId, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an evidence key");
        }
        return directory(tenantId).resolve(key);
    }

    /** Makes the rename durable too; some file systems do not allow opening a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (var channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is already forced
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
