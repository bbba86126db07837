package jp.mamori.trail;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole trail (section 2.3 of the security targets): every leaf hash recomputed from its row,
 * the chain, a gap-free sequence ending at {@code trail_head}, timestamps that never run backwards by
 * more than a second, every stored checkpoint's root and signature, and each externally kept checkpoint
 * against the database (which catches a truncated tail and a chain recomputed without the key). Reads
 * only, in one snapshot; the {@code trail verify} command and the nightly job run it.
 */
@Service
class TrailVerifier {

    static final Duration TOLERATED_BACKWARD_STEP = Duration.ofSeconds(1);
    private static final int MAX_FINDINGS = 100;

    private final JdbcTemplate jdbc;

    TrailVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000); // streams on PostgreSQL inside the transaction
    }

    /**
     * @param publicKey the key the checkpoints must be signed with; null only when there is no checkpoint to check
     * @param external checkpoints kept outside the database (exported files), checked against it
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TrailVerification verify(PublicKey publicKey, List<Checkpoint> external) {
        var stored = jdbc.query("SELECT size, note FROM trail_checkpoint ORDER BY size",
                (rs, n) -> new StoredNote(rs.getLong(1), rs.getString(2)));
        var wanted = new TreeSet<Long>();
        stored.forEach(s -> wanted.add(s.size()));
        external.forEach(c -> wanted.add(c.size()));
        var scan = new Scan(wanted);
        jdbc.query("""
                SELECT seq, occurred_at, tenant_id, actor_kind, actor_id, actor_name, action, object_type, object_id,
                       summary, source_address, request_id, enc_version, leaf_hash, chain_hash
                FROM trail_entry ORDER BY seq""", scan);
        var head = jdbc.queryForObject("SELECT last_seq FROM trail_head WHERE id = 1", Long.class);
        if (scan.size > head) {
            scan.find(head + 1, Reason.CHAIN_BREAK, "entries beyond trail_head (" + head + "): inserted outside the trail");
        } else if (scan.size < head) {
            scan.find(scan.size + 1, Reason.GAP, "trail_head says " + head + " entries, the table ends at " + scan.size);
        }
        var findings = scan.findings;
        for (var note : stored) {
            checkCheckpoint(note.parse(), publicKey, scan, findings, false);
        }
        for (var checkpoint : external) {
            checkCheckpoint(checkpoint, publicKey, scan, findings, true);
        }
        findings.sort(Comparator.comparingLong(Finding::seq));
        return new TrailVerification(scan.size, stored.size(), external.size(), List.copyOf(findings));
    }

    private static void checkCheckpoint(Checkpoint checkpoint, PublicKey key, Scan scan, List<Finding> findings, boolean external) {
        var what = (external ? "exported" : "stored") + " checkpoint of size " + checkpoint.size();
        if (key == null || !TrailSigningKey.verify(checkpoint, key)) {
            findings.add(new Finding(Math.max(1, checkpoint.size()), Reason.SIGNATURE_INVALID,
                    what + ": signature does not verify with the trail's public key"));
            return;
        }
        if (checkpoint.size() > scan.size) {
            findings.add(new Finding(scan.size + 1, external ? Reason.TRUNCATED_VS_EXTERNAL : Reason.ROOT_MISMATCH,
                    what + " but the trail has only " + scan.size + " entries: its tail was removed"));
            return;
        }
        var root = scan.roots.get(checkpoint.size());
        if (!MessageDigest.isEqual(root, checkpoint.root())) {
            findings.add(new Finding(Math.max(1, checkpoint.size()), external ? Reason.CONSISTENCY_FAIL : Reason.ROOT_MISMATCH,
                    what + ": its root differs from the root of the first " + checkpoint.size()
                            + " entries in the database: they were changed after it was signed"));
        }
    }

    private record StoredNote(long size, String note) {
        Checkpoint parse() {
            return Checkpoint.parse(note);
        }
    }

    /** One pass over the rows in seq order. */
    private static final class Scan implements RowCallbackHandler {
        final List<Finding> findings = new ArrayList<>();
        final Map<Long, byte[]> roots = new HashMap<>();
        final TreeSet<Long> wanted;
        final CompactRange range = new CompactRange();
        long size;
        byte[] chain = CanonicalEncoding.genesis();
        Instant latest;

        Scan(TreeSet<Long> wanted) {
            this.wanted = wanted;
            if (wanted.contains(0L)) {
                roots.put(0L, range.root());
            }
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            var entry = new TrailEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getString(11), rs.getString(12));
            var version = rs.getInt(13);
            var storedLeaf = rs.getBytes(14);
            var storedChain = rs.getBytes(15);
            var expected = size + 1;
            if (entry.seq() != expected) {
                find(expected, Reason.GAP, "expected seq " + expected + ", found " + entry.seq());
            }
            var leaf = CanonicalEncoding.leafHash(entry);
            if (version != CanonicalEncoding.VERSION) {
                find(entry.seq(), Reason.LEAF_MISMATCH, "unknown encoding version " + version);
            } else if (!MessageDigest.isEqual(leaf, storedLeaf)) {
                find(entry.seq(), Reason.LEAF_MISMATCH, "the row's columns do not give its stored leaf hash");
            }
            var link = CanonicalEncoding.chainHash(chain, leaf);
            if (!MessageDigest.isEqual(link, storedChain)) {
                find(entry.seq(), Reason.CHAIN_BREAK, "chain hash does not follow from the previous entry");
            }
            if (latest != null && entry.occurredAt().isBefore(latest.minus(TOLERATED_BACKWARD_STEP))) {
                find(entry.seq(), Reason.TIME_REGRESSION, "time runs back from " + latest + " to " + entry.occurredAt());
            }
            latest = latest == null || entry.occurredAt().isAfter(latest) ? entry.occurredAt() : latest;
            // Continue from what is stored, so that one bad row is reported once rather than for every later row.
            chain = storedChain;
            range.append(leaf);
            size = Math.max(size + 1, entry.seq());
            if (wanted.contains(range.size())) {
                roots.put(range.size(), range.root());
            }
        }

        void find(long seq, Reason reason, String detail) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(new Finding(seq, reason, detail));
            }
        }
    }

    /** Why an entry failed. */
    enum Reason {
        LEAF_MISMATCH, CHAIN_BREAK, GAP, ROOT_MISMATCH, SIGNATURE_INVALID, CONSISTENCY_FAIL, TIME_REGRESSION,
        TRUNCATED_VS_EXTERNAL
    }

    /** One failure, at the entry where it shows. */
    record Finding(long seq, Reason reason, String detail) {
        @Override
        public String toString() {
            return "seq " + seq + " " + reason + ": " + detail;
        }
    }
}
