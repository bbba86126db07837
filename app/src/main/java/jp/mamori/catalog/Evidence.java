package jp.mamori.catalog;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One piece of evidence (証跡) for a measure: an uploaded file (with its SHA-256) or a link. Immutable.
 *
 * @param fileName the display name of a file (never a path), null for a link
 * @param storageKey where the file lives in the {@link EvidenceStore}, null for a link
 * @param url the http(s) address of a link, null for a file
 */
record Evidence(UUID id, String measureId, Kind kind, String title, String fileName, String mediaType, Long sizeBytes,
        String sha256, String storageKey, String url, OffsetDateTime addedAt, String addedBy) {

    enum Kind {
        FILE,
        LINK
    }

    public boolean file() {
        return kind == Kind.FILE;
    }
}
