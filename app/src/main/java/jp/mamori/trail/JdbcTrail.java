package jp.mamori.trail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.web.RequestOrigin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries under a row lock on {@code trail_head}, which serialises writers across app nodes and
 * gives a gap-free sequence and an unbroken chain.
 */
@Service
class JdbcTrail implements Trail {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID tenantId, String action, String objectType, String objectId, String summary) {
        recordAll(tenantId, action, objectType, Collections.singletonList(objectId),
                Collections.singletonList(summary));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(UUID tenantId, String action, String objectType, List<String> objectIds,
            List<String> summaries) {
        if (objectIds.size() != summaries.size()) {
            throw new IllegalArgumentException(objectIds.size() + " objects but " + summaries.size() + " summaries");
        }
        if (objectIds.isEmpty()) {
            return;
        }
        var head = jdbc.sql("SELECT last_seq, last_chain_hash, last_occurred_at FROM trail_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3)))
                .single();
        var actor = Actor.current();
        var origin = RequestOrigin.current();
        // Microseconds: what both databases store exactly, so that the hash recomputes from the row.
        var now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (head.lastOccurredAt() != null && now.isBefore(head.lastOccurredAt().toInstant())) {
            now = head.lastOccurredAt().toInstant(); // never let time run backwards along the chain
        }
        var seq = head.lastSeq();
        var chain = head.lastChainHash() != null ? head.lastChainHash() : CanonicalEncoding.genesis();
        for (int i = 0; i < objectIds.size(); i++) {
            var entry = new TrailEntry(++seq, now, tenantId, actor.kind(), actor.id(), actor.name(), action, objectType,
                    objectIds.get(i), summaries.get(i), origin.sourceAddress(), origin.requestId());
            var leaf = CanonicalEncoding.leafHash(entry);
            chain = CanonicalEncoding.chainHash(chain, leaf);
            insert(entry, leaf, chain);
        }
        jdbc.sql("UPDATE trail_head SET last_seq = :seq, last_chain_hash = :chain, last_occurred_at = :at WHERE id = 1")
                .param("seq", seq)
                .param("chain", chain)
                .param("at", Timestamp.from(now))
                .update();
    }

    private void insert(TrailEntry entry, byte[] leaf, byte[] chain) {
        jdbc.sql("""
                INSERT INTO trail_entry (seq, occurred_at, tenant_id, actor_kind, actor_id, actor_name, action,
                    object_type, object_id, summary, source_address, request_id, enc_version, leaf_hash, chain_hash)
                VALUES (:seq, :at, :tenant, :actorKind, :actorId, :actorName, :action, :objectType, :objectId,
                    :summary, :source, :request, :version, :leaf, :chain)""")
                .param("seq", entry.seq())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("tenant", entry.tenantId())
                .param("actorKind", entry.actorKind())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("summary", entry.summary())
                .param("source", entry.sourceAddress())
                .param("request", entry.requestId())
                .param("version", (int) CanonicalEncoding.VERSION)
                .param("leaf", leaf)
                .param("chain", chain)
                .update();
    }

    private record Head(long lastSeq, byte[] lastChainHash, Timestamp lastOccurredAt) {
    }
}
