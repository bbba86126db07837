package jp.mamori.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds and removes the evidence of a tenant's measures. A file is checked (allow-listed extension, content that
 * starts as that type, size limit), written to the {@link EvidenceStore} completely and durably, and only then
 * gets its row; if the transaction rolls back afterwards the file is removed again. A link must be http or https.
 * One history row and one trail entry per change. Thread-safe.
 */
@Service
@Transactional
class EvidenceManagement {

    private static final Logger log = LoggerFactory.getLogger(EvidenceManagement.class);

    /** Opens the uploaded content; called once for the type check and once for storing. */
    interface Upload {
        InputStream open() throws IOException;
    }

    private final MeasureCatalogue catalogue;
    private final EvidenceItems items;
    private final EvidenceStore store;
    private final MeasureHistory history;
    private final Trail trail;
    private final long maxBytes;
    private final Clock clock;

    EvidenceManagement(MeasureCatalogue catalogue, EvidenceItems items, EvidenceStore store, MeasureHistory history,
            Trail trail, @Value("${mamori.catalog.evidence-max-bytes:20971520}") long maxBytes,
            Clock clock) {
        this.catalogue = catalogue;
        this.items = items;
        this.store = store;
        this.history = history;
        this.trail = trail;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Adds an uploaded file; {@code sentName} is what the browser called it, {@code size} its declared length. */
    Evidence addFile(UUID tenantId, String measureId, String title, String sentName, long size, Upload upload) {
        var measure = catalogue.measure(measureId).orElseThrow(() -> new MeasureNotFound(measureId));
        var name = EvidenceFileType.displayName(sentName);
        var type = EvidenceFileType.of(name).orElseThrow(() -> new CatalogRefused("catalog.refused.fileType", name));
        if (size <= 0) {
            throw new CatalogRefused("catalog.refused.fileEmpty");
        }
        if (size > maxBytes) {
            throw new CatalogRefused("catalog.refused.fileTooLarge", megabytes(maxBytes));
        }
        try {
            byte[] head;
            try (var in = upload.open()) {
                head = in.readNBytes(EvidenceFileType.HEAD);
            }
            if (!type.fits(head)) {
                throw new CatalogRefused("catalog.refused.fileContent", name, type.extension());
            }
            EvidenceStore.Stored stored;
            try (var in = upload.open()) {
                stored = store.store(tenantId, in, maxBytes);
            } catch (EvidenceStore.TooLarge e) {
                throw new CatalogRefused("catalog.refused.fileTooLarge", megabytes(maxBytes));
            }
            removeOnRollback(tenantId, stored.key());
            var evidence = new Evidence(UUID.randomUUID(), measure.id(), Evidence.Kind.FILE, title(title, name), name,
                    type.mediaType(), stored.size(), stored.sha256(), stored.key(), null,
                    OffsetDateTime.now(clock), Actor.current().name());
            items.insert(tenantId, evidence);
            var summary = "証跡ファイルを追加: " + name + "（" + stored.size() + " バイト, SHA-256 " + stored.sha256() + "）";
            history.record(tenantId, measure.id(), "evidence", summary);
            trail.record(tenantId, "catalog.evidence.added", "Evidence", evidence.id().toString(),
                    measure.id() + " " + summary);
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence of " + measureId, e);
        }
    }

    Evidence addLink(UUID tenantId, String measureId, String title, String url) {
        var measure = catalogue.measure(measureId).orElseThrow(() -> new MeasureNotFound(measureId));
        var checked = checkedUrl(url);
        var evidence = new Evidence(UUID.randomUUID(), measure.id(), Evidence.Kind.LINK, title(title, checked), null,
                null, null, null, null, checked, OffsetDateTime.now(clock), Actor.current().name());
        items.insert(tenantId, evidence);
        var summary = "証跡リンクを追加: " + evidence.title() + " " + checked;
        history.record(tenantId, measure.id(), "evidence", summary);
        trail.record(tenantId, "catalog.evidence.added", "Evidence", evidence.id().toString(), measure.id() + " " + summary);
        return evidence;
    }

    /** Removes a piece of evidence; the file goes once the removal is committed. */
    void remove(UUID tenantId, UUID evidenceId) {
        var evidence = items.find(tenantId, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        items.delete(tenantId, evidenceId);
        var summary = "証跡を削除: " + evidence.title() + (evidence.file() ? "（" + evidence.fileName() + "）"
                : "（" + evidence.url() + "）");
        history.record(tenantId, evidence.measureId(), "evidence", summary);
        trail.record(tenantId, "catalog.evidence.removed", "Evidence", evidenceId.toString(),
                evidence.measureId() + " " + summary);
        if (evidence.file()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(tenantId, evidence.storageKey());
                }
            });
        }
    }

    /** http or https with a host, no spaces, at most 2,000 characters; anything else is refused. */
    static String checkedUrl(String url) {
        var value = url == null ? "" : url.strip();
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() > 2000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new CatalogRefused("catalog.refused.link");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new CatalogRefused("catalog.refused.link");
        }
    }

    private static String title(String title, String fallback) {
        var value = title == null ? "" : title.strip();
        if (value.length() > 200) {
            throw new CatalogRefused("catalog.refused.titleTooLong", 200);
        }
        return value.isEmpty() ? (fallback.length() > 200 ? fallback.substring(0, 200) : fallback) : value;
    }

    private void removeOnRollback(UUID tenantId, String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(tenantId, key);
                    }
                }
            });
        }
    }

    private void deleteQuietly(UUID tenantId, String key) {
        try {
            store.delete(tenantId, key);
        } catch (IOException | RuntimeException e) {
            log.warn("Evidence file {} of tenant {} could not be deleted: {}", key, tenantId, e.toString());
        }
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
