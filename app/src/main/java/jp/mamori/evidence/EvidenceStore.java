package jp.mamori.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where evidence files live, outside the database. A file is written completely and durably under a random key
 * before its database row exists, so that a row never points at a missing or half-written file; the user's file
 * name never becomes part of a path. The default keeps files in a local directory; an installation that shares
 * files between app nodes provides another bean. Implementations are thread-safe.
 */
public interface EvidenceStore {

    /** A stored file: its key, its length and the hex SHA-256 of its bytes. */
    record Stored(String key, long size, String sha256) {
    }

    /** The content was longer than allowed; nothing was kept. */
    final class TooLarge extends IOException {
        public TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /**
     * Stores the content under a new random key of the tenant: temp file, fsync, atomic rename.
     *
     * @throws TooLarge when the content exceeds {@code maxBytes} (no file is left behind)
     */
    Stored store(UUID tenantId, InputStream content, long maxBytes) throws IOException;

    InputStream open(UUID tenantId, String key) throws IOException;

    boolean exists(UUID tenantId, String key);

    /** Deletes the file if it is there. */
    void delete(UUID tenantId, String key) throws IOException;
}
