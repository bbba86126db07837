package jp.mamori.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads waiting between preview and confirmation, in the database so that any app node can confirm what another
 * previewed. Each is bound to its tenant, the account that uploaded it and the import kind, expires after a day and
 * is deleted when confirmed. Thread-safe.
 */
@Repository
class PendingUploads {

    /** Long enough for a clerk who previews before lunch; short enough that files do not linger. */
    static final Duration LIFETIME = Duration.ofDays(1);

    record Pending(UUID id, String fileName, byte[] content, String basisHash) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID store(UUID tenantId, UUID accountId, String kind, String fileName, byte[] content, String basisHash) {
        var now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.sql("DELETE FROM import_pending_upload WHERE expires_at < ?").param(now).update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO import_pending_upload (id, tenant_id, account_id, import_kind, file_name, content, basis_hash,
                    created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, accountId, kind, fileName, content, basisHash, now, now.plus(LIFETIME)).update();
        return id;
    }

    /** Takes an upload out of the store: found only by its tenant, account and kind, and only before it expires. */
    Optional<Pending> take(UUID tenantId, UUID accountId, String kind, UUID id) {
        var now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        var found = jdbc.sql("""
                SELECT file_name, content, basis_hash FROM import_pending_upload
                WHERE id = ? AND tenant_id = ? AND account_id = ? AND import_kind = ? AND expires_at >= ?""")
                .params(id, tenantId, accountId, kind, now)
                .query((rs, n) -> new Pending(id, rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
        // Two confirmations of one upload at once: only the one that deletes the row goes on.
        return found.filter(p -> jdbc.sql("DELETE FROM import_pending_upload WHERE id = ? AND tenant_id = ?")
                .params(id, tenantId).update() == 1);
    }
}
