package jp.mamori.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where evidence files live, outside the database. A file is written completely and durably under a random key
 * before its database row exists, so that a row never points at a missing or half-written file; the user's file
 * name never becomes part of a path. Implementations are thread-safe.
 *
 * <p>Kept inside the catalogue module while it is the only user of uploaded evidence; it should move to a shared
 * module (with the same contract) when a second module, such as audit or inspection, needs evidence files.
 */
interface EvidenceStore {

    /** A stored file: its key, its length and the hex SHA-256 of its bytes. */
    record Stored(String key, long size, String sha256) {
    }

    /** The content was longer than allowed; nothing was kept. */
    final class TooLarge extends IOException {
        TooLarge(long limit) {
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
