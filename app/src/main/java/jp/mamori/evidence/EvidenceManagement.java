package jp.mamori.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.evidence.EvidenceRefused.Field;
import jp.mamori.sanitizer.ContentType;
import jp.mamori.trail.Trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The module API: adds, lists, opens and removes the evidence of any module's objects. A file is checked
 * (allow-listed extension, content that really is that type as the sanitiser recognises it, size limit), written to
 * the {@link EvidenceStore} completely and durably, and only then gets its row; if the transaction rolls back
 * afterwards the file is removed again. A link must be http or https. Each change writes one trail entry (action
 * {@code <owner module>.evidence.added|removed}) and publishes {@link EvidenceChanged}. The caller checks that the
 * owner object exists and that the user may change it. Thread-safe.
 */
@Service
@Transactional
public class EvidenceManagement {

    private static final Logger log = LoggerFactory.getLogger(EvidenceManagement.class);

    /** Opens the uploaded content; called once for the type check and once for storing. */
    public interface Upload {
        InputStream open() throws IOException;
    }

    private final EvidenceItems items;
    private final EvidenceStore store;
    private final Trail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    // mamori.catalog.evidence-max-bytes is the name the setting had while the store lived in the catalogue.
    EvidenceManagement(EvidenceItems items, EvidenceStore store, Trail trail, ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.evidence.max-bytes:${mamori.catalog.evidence-max-bytes:20971520}}") long maxBytes) {
        this.items = items;
        this.store = store;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The size limit as people read it ("20 MB"). */
    public String maxSize() {
        return megabytes(maxBytes);
    }

    /** The accepted file extensions, for the upload form ("pdf, png, ..."). */
    public String extensions() {
        return String.join(", ", EvidenceFileType.extensions());
    }

    @Transactional(readOnly = true)
    public List<Evidence> of(UUID tenantId, EvidenceOwner owner) {
        return items.of(tenantId, owner);
    }

    /** A piece of evidence of the tenant that belongs to an object of {@code module}; another module's is absent. */
    @Transactional(readOnly = true)
    public Optional<Evidence> find(UUID tenantId, String module, UUID evidenceId) {
        return items.find(tenantId, evidenceId).filter(e -> e.owner().module().equals(module));
    }

    /** How many pieces of evidence each object of one type has, by object id. */
    @Transactional(readOnly = true)
    public Map<String, Integer> counts(UUID tenantId, String module, String objectType) {
        return items.counts(tenantId, module, objectType);
    }

    /** The content of a file; the caller closes the stream. */
    public InputStream open(UUID tenantId, Evidence evidence) throws IOException {
        if (!evidence.file()) {
            throw new EvidenceNotFound(evidence.id());
        }
        return store.open(tenantId, evidence.storageKey());
    }

    /** Adds an uploaded file; {@code sentName} is what the browser called it, {@code size} its declared length. */
    public Evidence addFile(UUID tenantId, EvidenceOwner owner, String title, String sentName, long size,
            Upload upload) {
        var name = EvidenceFileType.displayName(sentName);
        var type = EvidenceFileType.of(name)
                .orElseThrow(() -> new EvidenceRefused(Field.FILE, "evidence.refused.fileType", name));
        var checkedTitle = title(title, name);
        if (size <= 0) {
            throw new EvidenceRefused(Field.FILE, "evidence.refused.fileEmpty");
        }
        if (size > maxBytes) {
            throw new EvidenceRefused(Field.FILE, "evidence.refused.fileTooLarge", megabytes(maxBytes));
        }
        try {
            byte[] head;
            try (var in = upload.open()) {
                head = in.readNBytes(EvidenceFileType.HEAD);
            }
            var recognised = ContentType.of(head);
            if (!type.fits(recognised)) {
                throw new EvidenceRefused(Field.FILE, "evidence.refused.fileContent", name,
                        type.extension().toUpperCase(Locale.ROOT),
                        new DefaultMessageSourceResolvable("evidence.content." + recognised.kind().name()));
            }
            EvidenceStore.Stored stored;
            try (var in = upload.open()) {
                stored = store.store(tenantId, in, maxBytes);
            } catch (EvidenceStore.TooLarge e) {
                throw new EvidenceRefused(Field.FILE, "evidence.refused.fileTooLarge", megabytes(maxBytes));
            }
            removeOnRollback(tenantId, stored.key());
            var evidence = new Evidence(UUID.randomUUID(), owner, Evidence.Kind.FILE, checkedTitle, name,
                    type.mediaType(), stored.size(), stored.sha256(), stored.key(), null, now(),
                    Actor.current().name());
            items.insert(tenantId, evidence);
            changed(tenantId, evidence, true, "証跡ファイルを追加: " + name + "（" + stored.size() + " バイト, SHA-256 "
                    + stored.sha256() + "）");
            return evidence;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence of " + owner, e);
        }
    }

    public Evidence addLink(UUID tenantId, EvidenceOwner owner, String title, String url) {
        var checked = checkedUrl(url);
        var evidence = new Evidence(UUID.randomUUID(), owner, Evidence.Kind.LINK, title(title, checked), null, null,
                null, null, null, checked, now(), Actor.current().name());
        items.insert(tenantId, evidence);
        changed(tenantId, evidence, true, "証跡リンクを追加: " + evidence.title() + " " + checked);
        return evidence;
    }

    /** Removes a piece of evidence of {@code module}'s objects; the file goes once the removal is committed. */
    public Evidence remove(UUID tenantId, String module, UUID evidenceId) {
        var evidence = find(tenantId, module, evidenceId).orElseThrow(() -> new EvidenceNotFound(evidenceId));
        items.delete(tenantId, evidenceId);
        changed(tenantId, evidence, false, "証跡を削除: " + evidence.title()
                + (evidence.file() ? "（" + evidence.fileName() + "）" : "（" + evidence.url() + "）"));
        if (evidence.file()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(tenantId, evidence.storageKey());
                }
            });
        }
        return evidence;
    }

    private void changed(UUID tenantId, Evidence evidence, boolean added, String summary) {
        var owner = evidence.owner();
        trail.record(tenantId, owner.module() + ".evidence." + (added ? "added" : "removed"), "Evidence",
                evidence.id().toString(), owner.objectId() + " " + summary);
        events.publishEvent(new EvidenceChanged(tenantId, owner, evidence.id(), added, summary));
    }

    /** http or https with a host, no spaces, at most 2,000 characters; anything else is refused. */
    static String checkedUrl(String url) {
        var value = url == null ? "" : url.strip();
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (value.length() > 2000 || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw new EvidenceRefused(Field.URL, "evidence.refused.link");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new EvidenceRefused(Field.URL, "evidence.refused.link");
        }
    }

    private static String title(String title, String fallback) {
        var value = title == null ? "" : title.strip();
        if (value.length() > 200) {
            throw new EvidenceRefused(Field.TITLE, "evidence.refused.titleTooLong", 200);
        }
        return value.isEmpty() ? (fallback.length() > 200 ? fallback.substring(0, 200) : fallback) : value;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
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

    /** A byte count as people read a limit: "20 MB", or "512 KB" below one megabyte. */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
