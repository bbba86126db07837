package jp.mamori.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One piece of evidence (証跡) of an owner object: an uploaded file (with its SHA-256) or a link. Immutable.
 *
 * @param fileName the display name of a file (never a path), null for a link
 * @param mediaType the type the file is served as (from the allow-list, never what the browser sent), null for a link
 * @param storageKey where the file lives in the {@link EvidenceStore}, null for a link
 * @param url the http(s) address of a link, null for a file
 */
public record Evidence(UUID id, EvidenceOwner owner, Kind kind, String title, String fileName, String mediaType,
        Long sizeBytes, String sha256, String storageKey, String url, OffsetDateTime addedAt, String addedBy) {

    public enum Kind {
        FILE,
        LINK
    }

    public boolean file() {
        return kind == Kind.FILE;
    }

    /** The file's extension from the allow-list ("pdf"), for a download's fallback name; "bin" for anything else. */
    public String extension() {
        return file() ? EvidenceFileType.of(fileName).map(EvidenceFileType::extension).orElse("bin") : "bin";
    }
}
