package jp.mamori.trail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and reads the signed checkpoints. A checkpoint is due at every multiple of
 * {@value #EVERY_ENTRIES} entries, and at the head when the latest one is older than the interval
 * ({@code mamori.trail.checkpoint.max-age}, 5 minutes) and entries were added since. Making them takes the
 * {@code trail_head} row lock, so with several app nodes only one writes a checkpoint of a given size
 * (the size is also the primary key); the lock is held only while the new leaves are read, because the
 * tree's right edge is stored with each checkpoint.
 */
@Service
class TrailCheckpoints {

    static final int EVERY_ENTRIES = 1000;

    private final JdbcClient jdbc;
    private final TrailSigningKey key;
    private final Clock clock;
    private final Duration maxAge;
    private final String configuredOrigin;

    TrailCheckpoints(JdbcClient jdbc, TrailSigningKey key, Clock clock,
            @Value("${mamori.trail.checkpoint.max-age:5m}") Duration maxAge,
            @Value("${mamori.trail.origin:}") String configuredOrigin) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
        this.maxAge = maxAge;
        this.configuredOrigin = configuredOrigin;
    }

    /** The log's name in the origin line: {@code mamori.trail/<installation id>}. */
    @Transactional
    public String origin() {
        if (!configuredOrigin.isBlank()) {
            return configuredOrigin;
        }
        jdbc.sql("UPDATE trail_head SET installation_id = :id WHERE id = 1 AND installation_id IS NULL")
                .param("id", UUID.randomUUID())
                .update();
        return "mamori.trail/" + jdbc.sql("SELECT installation_id FROM trail_head WHERE id = 1").query(UUID.class).single();
    }

    /** Makes the checkpoints that are due; returns them, oldest first (often none). */
    @Transactional
    public List<Checkpoint> makeDue() {
        return make(false);
    }

    /** Makes a checkpoint at the head now (and those due on the way), unless the head already has one. */
    @Transactional
    public List<Checkpoint> makeNow() {
        return make(true);
    }

    private List<Checkpoint> make(boolean force) {
        var origin = origin();
        long head = jdbc.sql("SELECT last_seq FROM trail_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
        var latest = latest();
        long from = latest.map(Stored::size).orElse(0L);
        if (head <= from) {
            return List.of();
        }
        var stale = latest.isEmpty() || latest.get().createdAt().plus(maxAge).isBefore(Instant.now(clock));
        var range = latest.map(stored -> CompactRangeCodec.decode(stored.size(), stored.compactRange())).orElseGet(CompactRange::new);
        var made = new ArrayList<Checkpoint>();
        var leaves = jdbc.sql("SELECT seq, leaf_hash FROM trail_entry WHERE seq > :from AND seq <= :to ORDER BY seq")
                .param("from", from)
                .param("to", head)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .list();
        for (var row : leaves) {
            if ((long) row[0] != range.size() + 1) {
                throw new IllegalStateException("trail has a gap before seq " + row[0] + "; run trail verify");
            }
            range.append((byte[]) row[1]);
            var atBoundary = range.size() % EVERY_ENTRIES == 0;
            var atHead = range.size() == head && (force || stale);
            if (atBoundary || atHead) {
                made.add(store(origin, range));
            }
        }
        return made;
    }

    private Checkpoint store(String origin, CompactRange range) {
        var keyName = origin;
        var unsigned = new Checkpoint(origin, range.size(), range.root(), keyName,
                TrailSigningKey.keyId(keyName, key.publicKey()), new byte[64]);
        var checkpoint = new Checkpoint(origin, unsigned.size(), unsigned.root(), keyName, unsigned.keyId(),
                key.sign(unsigned.bodyBytes()));
        jdbc.sql("""
                INSERT INTO trail_checkpoint (size, root, created_at, key_name, key_id, signature, compact_range, note)
                VALUES (:size, :root, :at, :keyName, :keyId, :signature, :range, :note)""")
                .param("size", checkpoint.size())
                .param("root", checkpoint.root())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("keyName", keyName)
                .param("keyId", checkpoint.keyId())
                .param("signature", checkpoint.signature())
                .param("range", CompactRangeCodec.encode(range))
                .param("note", checkpoint.text())
                .update();
        return checkpoint;
    }

    Optional<Stored> latest() {
        return jdbc.sql("SELECT size, created_at, compact_range, note FROM trail_checkpoint ORDER BY size DESC LIMIT 1")
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    /** Every stored checkpoint, smallest first. */
    List<Stored> all() {
        return jdbc.sql("SELECT size, created_at, compact_range, note FROM trail_checkpoint ORDER BY size")
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBytes(3), rs.getString(4)))
                .list();
    }

    /** A stored checkpoint: its note as signed, and the right edge of the tree at its size. */
    record Stored(long size, Instant createdAt, byte[] compactRange, String note) {
        Checkpoint checkpoint() {
            return Checkpoint.parse(note);
        }
    }

    /** The right edge stored as its hashes concatenated, largest subtree first (their sizes follow from the size's bits). */
    static final class CompactRangeCodec {
        private CompactRangeCodec() {
        }

        static byte[] encode(CompactRange range) {
            var hashes = range.hashes();
            var bytes = new byte[hashes.size() * Merkle.HASH_SIZE];
            for (var i = 0; i < hashes.size(); i++) {
                System.arraycopy(hashes.get(i), 0, bytes, i * Merkle.HASH_SIZE, Merkle.HASH_SIZE);
            }
            return bytes;
        }

        static CompactRange decode(long size, byte[] bytes) {
            if (bytes.length != Long.bitCount(size) * Merkle.HASH_SIZE) {
                throw new IllegalStateException("stored tree edge does not fit checkpoint size " + size + "; run trail verify");
            }
            var hashes = new ArrayList<byte[]>();
            for (var i = 0; i < bytes.length; i += Merkle.HASH_SIZE) {
                hashes.add(Arrays.copyOfRange(bytes, i, i + Merkle.HASH_SIZE));
            }
            return CompactRange.restore(size, hashes);
        }
    }
}
