package jp.mamori.trail;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import jp.mamori.TestDatabase;
import jp.mamori.access.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the tamper tests do to the trail, by plain SQL as an intruder with database access would. On
 * PostgreSQL the append-only triggers (V32) refuse that even to the owner, so the intruder does what an
 * owner can: disables the triggers for the statement ({@code ALTER TABLE … DISABLE TRIGGER USER}) and
 * enables them again. That is exactly why the triggers alone are not the protection, the signed exported
 * checkpoints are.
 */
final class TrailTampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Trail trail;

    TrailTampering(JdbcClient jdbc, TransactionTemplate transactions, Trail trail) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.trail = trail;
    }

    /** Runs the statements with the append-only triggers out of the way (PostgreSQL), in one transaction. */
    void asOwner(Runnable statements) {
        transactions.executeWithoutResult(status -> {
            if (TestDatabase.postgres()) {
                jdbc.sql("ALTER TABLE trail_entry DISABLE TRIGGER USER").update();
                jdbc.sql("ALTER TABLE trail_checkpoint DISABLE TRIGGER USER").update();
            }
            statements.run();
            if (TestDatabase.postgres()) {
                jdbc.sql("ALTER TABLE trail_entry ENABLE TRIGGER USER").update();
                jdbc.sql("ALTER TABLE trail_checkpoint ENABLE TRIGGER USER").update();
            }
        });
    }

    /** Empties the trail: each test starts from nothing within the shared context. */
    void reset() {
        asOwner(() -> {
            jdbc.sql("DELETE FROM trail_checkpoint").update();
            jdbc.sql("DELETE FROM trail_entry").update();
            jdbc.sql("UPDATE trail_head SET last_seq = 0, last_chain_hash = NULL, last_occurred_at = NULL WHERE id = 1").update();
        });
    }

    /** Appends n entries through the real write path, in one transaction. */
    void append(int n) {
        var tenant = UUID.randomUUID();
        Actor.command("test").runAs(() -> transactions.executeWithoutResult(status -> {
            for (var i = 0; i < n; i++) {
                trail.record(tenant, "test.thing.changed", "Thing", "T-" + i, "名称: 変更 " + i);
            }
        }));
    }

    List<TrailEntry> entries() {
        return jdbc.sql("""
                SELECT seq, occurred_at, tenant_id, actor_kind, actor_id, actor_name, action, object_type, object_id,
                       summary, source_address, request_id FROM trail_entry ORDER BY seq""")
                .query((rs, n) -> new TrailEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
                .list();
    }

    /** Writes the entry's columns (not its hashes) into the row of the given seq. */
    void overwriteColumns(long seq, TrailEntry entry) {
        jdbc.sql("""
                UPDATE trail_entry SET occurred_at = :at, tenant_id = :tenant, actor_kind = :kind, actor_id = :actorId,
                    actor_name = :actorName, action = :action, object_type = :type, object_id = :objectId,
                    summary = :summary, source_address = :source, request_id = :request WHERE seq = :seq""")
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("tenant", entry.tenantId())
                .param("kind", entry.actorKind())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("type", entry.objectType())
                .param("objectId", entry.objectId())
                .param("summary", entry.summary())
                .param("source", entry.sourceAddress())
                .param("request", entry.requestId())
                .param("seq", seq)
                .update();
    }

    /**
     * What an intruder who knows the algorithm but not the signing key does after editing rows: recomputes
     * every leaf and chain hash from the rows, fixes trail_head and removes the now-wrong stored checkpoints.
     */
    void recomputeChainAndDropCheckpoints() {
        var chain = CanonicalEncoding.genesis();
        long last = 0;
        for (var entry : entries()) {
            var leaf = CanonicalEncoding.leafHash(entry);
            chain = CanonicalEncoding.chainHash(chain, leaf);
            jdbc.sql("UPDATE trail_entry SET leaf_hash = :leaf, chain_hash = :chain WHERE seq = :seq")
                    .param("leaf", leaf).param("chain", chain).param("seq", entry.seq()).update();
            last = entry.seq();
        }
        jdbc.sql("UPDATE trail_head SET last_seq = :seq, last_chain_hash = :chain WHERE id = 1")
                .param("seq", last).param("chain", last == 0 ? null : chain).update();
        jdbc.sql("DELETE FROM trail_checkpoint").update();
    }
}
