package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A02, A03, A10: {@code trail verify} on an intact trail, and on each kind of tampering done by SQL. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.trail.checkpoint.schedule=false",
        "mamori.trail.signing-key=${java.io.tmpdir}/mamori-trail-tests/verification/trail-ed25519.key"})
class TrailVerificationTests {

    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifyCommand verify;
    @Autowired
    ExportCheckpointsCommand export;
    @Autowired
    TrailCheckpoints checkpoints;

    @TempDir
    Path exported;

    TrailTampering tampering;

    @BeforeEach
    void twentyEntries() {
        tampering = new TrailTampering(jdbc, transactions, trail);
        tampering.reset();
        tampering.append(20);
    }

    record Outcome(int status, String out, String err) {
    }

    Outcome verify(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var status = verify.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Checkpoints the current head and exports it, as the audit office keeps it; returns the file. */
    Path exportedCheckpoint() {
        var made = checkpoints.makeNow();
        assertThat(made).isNotEmpty();
        var status = export.run(List.of(exported.toString()), System.out, System.err);
        assertThat(status).isZero();
        return exported.resolve(ExportCheckpointsCommand.fileName(made.get(made.size() - 1).size()));
    }

    static void assertTampered(Outcome outcome, long seq, TrailVerifier.Reason reason) {
        assertThat(outcome.status()).as(outcome.out() + outcome.err()).isEqualTo(2);
        assertThat(outcome.out()).as(outcome.out()).contains("first bad seq " + seq + " " + reason);
    }

    @Test
    void anEmptyTrailIsNotReportedAsIntact() {
        tampering.reset();
        var outcome = verify();
        assertThat(outcome.status()).as(outcome.out() + outcome.err()).isEqualTo(1);
        assertThat(outcome.out()).doesNotContain("intact");
        assertThat(outcome.err()).contains("no entries");
    }

    @Test
    void anUntouchedTrailVerifiesWithItsCheckpoints() {
        var file = exportedCheckpoint();
        tampering.append(5);
        checkpoints.makeNow();
        var outcome = verify("--checkpoint", file.toString());
        assertThat(outcome.status()).as(outcome.out() + outcome.err()).isZero();
        assertThat(outcome.out()).contains("25 entries, 2 stored and 1 exported");
    }

    @Test
    void anyChangedColumnOfAMiddleRowIsNamed() {
        var original = tampering.entries().get(9); // seq 10
        var changes = List.of(
                new TrailEntry(10, original.occurredAt().plusNanos(1000), original.tenantId(), original.actorKind(),
                        original.actorId(), original.actorName(), original.action(), original.objectType(),
                        original.objectId(), original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), UUID.randomUUID(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), "system", original.actorId(),
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), "other",
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        "山田", original.action(), original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), "test.thing.deleted", original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), "Other", original.objectId(),
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), original.objectType(), null,
                        original.summary(), original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary() + " ", original.sourceAddress(), original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary(), "10.0.0.9", original.requestId()),
                new TrailEntry(10, original.occurredAt(), original.tenantId(), original.actorKind(), original.actorId(),
                        original.actorName(), original.action(), original.objectType(), original.objectId(),
                        original.summary(), original.sourceAddress(), "forged-request"));
        for (var changed : changes) {
            tampering.asOwner(() -> tampering.overwriteColumns(10, changed));
            assertTampered(verify(), 10, TrailVerifier.Reason.LEAF_MISMATCH);
            tampering.asOwner(() -> tampering.overwriteColumns(10, original));
            assertThat(verify().status()).as("restored").isZero();
        }
        // The stored hashes themselves: one flipped bit of either breaks the chain at that row.
        for (var column : List.of("leaf_hash", "chain_hash")) {
            var stored = jdbc.sql("SELECT " + column + " FROM trail_entry WHERE seq = 10").query(byte[].class).single();
            var flipped = stored.clone();
            flipped[7] ^= 0x10;
            tampering.asOwner(() -> jdbc.sql("UPDATE trail_entry SET " + column + " = ? WHERE seq = 10").param(flipped).update());
            var outcome = verify();
            assertThat(outcome.status()).isEqualTo(2);
            assertThat(outcome.out()).contains("first bad seq 10 ");
            tampering.asOwner(() -> jdbc.sql("UPDATE trail_entry SET " + column + " = ? WHERE seq = 10").param(stored).update());
        }
        assertThat(verify().status()).isZero();
    }

    @Test
    void aDeletedMiddleRowIsAGap() {
        tampering.asOwner(() -> jdbc.sql("DELETE FROM trail_entry WHERE seq = 7").update());
        assertTampered(verify(), 7, TrailVerifier.Reason.GAP);
    }

    @Test
    void twoSwappedRowsAreNamed() {
        var entries = tampering.entries();
        tampering.asOwner(() -> {
            tampering.overwriteColumns(4, entries.get(11));
            tampering.overwriteColumns(12, entries.get(3));
            var four = jdbc.sql("SELECT leaf_hash, chain_hash FROM trail_entry WHERE seq = 4").query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
            var twelve = jdbc.sql("SELECT leaf_hash, chain_hash FROM trail_entry WHERE seq = 12").query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
            jdbc.sql("UPDATE trail_entry SET leaf_hash = ?, chain_hash = ? WHERE seq = 4").params(twelve[0], twelve[1]).update();
            jdbc.sql("UPDATE trail_entry SET leaf_hash = ?, chain_hash = ? WHERE seq = 12").params(four[0], four[1]).update();
        });
        assertTampered(verify(), 4, TrailVerifier.Reason.LEAF_MISMATCH);
    }

    @Test
    void aForgedRowWithCorrectHashesInsertedOutsideTheTrailIsNamed() {
        var last = tampering.entries().get(19);
        var lastChain = jdbc.sql("SELECT chain_hash FROM trail_entry WHERE seq = 20").query(byte[].class).single();
        var forged = new TrailEntry(21, last.occurredAt().plusSeconds(1), last.tenantId(), "account", "someone",
                "誰か", "test.thing.approved", "Thing", "T-1", "承認（偽造）", "10.0.0.1", "forged");
        var leaf = CanonicalEncoding.leafHash(forged);
        tampering.asOwner(() -> jdbc.sql("""
                INSERT INTO trail_entry (seq, occurred_at, tenant_id, actor_kind, actor_id, actor_name, action, object_type,
                    object_id, summary, source_address, request_id, enc_version, leaf_hash, chain_hash)
                VALUES (21, ?, ?, 'account', 'someone', '誰か', 'test.thing.approved', 'Thing', 'T-1', '承認（偽造）',
                    '10.0.0.1', 'forged', 1, ?, ?)""")
                .params(Timestamp.from(forged.occurredAt()), forged.tenantId(), leaf, CanonicalEncoding.chainHash(lastChain, leaf))
                .update());
        assertTampered(verify(), 21, TrailVerifier.Reason.CHAIN_BREAK);
    }

    @Test
    void aForgedRowInTheMiddleBreaksTheChainAfterIt() {
        // The forger renumbers the later rows to make room and gives the forged row correct hashes.
        var entries = tampering.entries();
        var chainBefore = jdbc.sql("SELECT chain_hash FROM trail_entry WHERE seq = 8").query(byte[].class).single();
        var forged = new TrailEntry(9, entries.get(7).occurredAt(), entries.get(7).tenantId(), "account", "someone",
                "誰か", "test.thing.approved", "Thing", "T-1", "承認（偽造）", "10.0.0.1", "forged");
        var leaf = CanonicalEncoding.leafHash(forged);
        tampering.asOwner(() -> {
            for (var seq = 20; seq >= 9; seq--) {
                jdbc.sql("UPDATE trail_entry SET seq = ? WHERE seq = ?").params(seq + 1, seq).update();
            }
            jdbc.sql("""
                    INSERT INTO trail_entry (seq, occurred_at, tenant_id, actor_kind, actor_id, actor_name, action, object_type,
                        object_id, summary, source_address, request_id, enc_version, leaf_hash, chain_hash)
                    VALUES (9, ?, ?, 'account', 'someone', '誰か', 'test.thing.approved', 'Thing', 'T-1', '承認（偽造）',
                        '10.0.0.1', 'forged', 1, ?, ?)""")
                    .params(Timestamp.from(forged.occurredAt()), forged.tenantId(), leaf, CanonicalEncoding.chainHash(chainBefore, leaf))
                    .update();
            jdbc.sql("UPDATE trail_head SET last_seq = 21 WHERE id = 1").update();
        });
        assertTampered(verify(), 10, TrailVerifier.Reason.LEAF_MISMATCH);
    }

    @Test
    void theLastRowsDeletedAreCaughtAgainstTheExportedCheckpoint() {
        var file = exportedCheckpoint();
        tampering.asOwner(() -> {
            jdbc.sql("DELETE FROM trail_entry WHERE seq > 16").update();
            tampering.recomputeChainAndDropCheckpoints();
        });
        assertThat(verify().status()).as("without an external checkpoint the truncation cannot be seen").isZero();
        assertTampered(verify("--checkpoint", file.toString()), 17, TrailVerifier.Reason.TRUNCATED_VS_EXTERNAL);
        assertTampered(verify("--checkpoint", file.toString(), "--public-key", exported.resolve("trail-ed25519.pub").toString()),
                17, TrailVerifier.Reason.TRUNCATED_VS_EXTERNAL);
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsCaughtAgainstTheExportedCheckpoint() {
        var file = exportedCheckpoint();
        var original = tampering.entries().get(4);
        tampering.asOwner(() -> {
            tampering.overwriteColumns(5, new TrailEntry(5, original.occurredAt(), original.tenantId(), original.actorKind(),
                    original.actorId(), original.actorName(), original.action(), original.objectType(), original.objectId(),
                    "書き換えた要約", original.sourceAddress(), original.requestId()));
            tampering.recomputeChainAndDropCheckpoints();
        });
        assertThat(verify().status()).as("a consistent rewrite without checkpoints looks intact").isZero();
        assertTampered(verify("--checkpoint", file.toString()), 20, TrailVerifier.Reason.CONSISTENCY_FAIL);
    }

    @Test
    void storedCheckpointsCatchARecomputedChainAndForgedSignatures() throws Exception {
        checkpoints.makeNow();
        var stored = jdbc.sql("SELECT note FROM trail_checkpoint").query(String.class).single();
        var original = tampering.entries().get(4);
        tampering.asOwner(() -> {
            tampering.overwriteColumns(5, new TrailEntry(5, original.occurredAt(), original.tenantId(), original.actorKind(),
                    original.actorId(), original.actorName(), original.action(), original.objectType(), original.objectId(),
                    "書き換えた要約", original.sourceAddress(), original.requestId()));
            tampering.recomputeChainAndDropCheckpoints();
            jdbc.sql("INSERT INTO trail_checkpoint (size, root, created_at, key_name, key_id, signature, compact_range, note) "
                    + "VALUES (20, ?, CURRENT_TIMESTAMP, 'x', ?, ?, ?, ?)")
                    .params(new byte[32], new byte[4], new byte[64], new byte[32 * 2], stored).update();
        });
        assertTampered(verify(), 20, TrailVerifier.Reason.ROOT_MISMATCH);

        // The intruder signs a fresh checkpoint of the rewritten trail with a key of their own.
        var intruderKey = new TrailSigningKey(exported.resolve("intruder/key.key"));
        var parsed = Checkpoint.parse(stored);
        var range = new CompactRange();
        jdbc.sql("SELECT leaf_hash FROM trail_entry ORDER BY seq").query(byte[].class).list().forEach(range::append);
        var body = new Checkpoint(parsed.origin(), 20, range.root(), parsed.keyName(),
                TrailSigningKey.keyId(parsed.keyName(), intruderKey.publicKey()), new byte[64]);
        var forged = new Checkpoint(body.origin(), 20, body.root(), body.keyName(), body.keyId(), intruderKey.sign(body.bodyBytes()));
        tampering.asOwner(() -> jdbc.sql("UPDATE trail_checkpoint SET note = ? WHERE size = 20").param(forged.text()).update());
        assertTampered(verify(), 20, TrailVerifier.Reason.SIGNATURE_INVALID);
    }

    @Test
    void timeRunningBackwardsByMoreThanASecondIsFlagged() {
        var original = tampering.entries().get(11);
        tampering.asOwner(() -> {
            tampering.overwriteColumns(12, new TrailEntry(12, original.occurredAt().minusSeconds(5), original.tenantId(),
                    original.actorKind(), original.actorId(), original.actorName(), original.action(), original.objectType(),
                    original.objectId(), original.summary(), original.sourceAddress(), original.requestId()));
            tampering.recomputeChainAndDropCheckpoints();
        });
        assertTampered(verify(), 12, TrailVerifier.Reason.TIME_REGRESSION);
    }

    @Test
    void theCommandsAreRegisteredForTheJar(@Autowired List<jp.mamori.web.Command> commands) {
        assertThat(commands).extracting(c -> c.group() + " " + c.name()).contains("trail verify", "trail export-checkpoints");
    }

    @Test
    void usageAndInfrastructureErrorsExitWithOne() throws Exception {
        assertThat(verify("--bogus").status()).isEqualTo(1);
        assertThat(verify("--checkpoint", exported.resolve("missing.txt").toString()).status()).isEqualTo(1);
        var garbage = Files.writeString(exported.resolve("garbage.txt"), "not a checkpoint");
        assertThat(verify("--checkpoint", garbage.toString()).status()).isEqualTo(1);
        assertThat(verify("--public-key", exported.resolve("none.pub").toString()).status()).isEqualTo(1);
    }

    @Test
    void everyFindingOfSeveralTamperingsIsListed() {
        tampering.asOwner(() -> {
            jdbc.sql("DELETE FROM trail_entry WHERE seq = 3").update();
            jdbc.sql("UPDATE trail_entry SET summary = 'x' WHERE seq = 15").update();
        });
        var outcome = verify();
        assertTampered(outcome, 3, TrailVerifier.Reason.GAP);
        assertThat(outcome.out()).contains("seq 15 LEAF_MISMATCH");
        assertThat(new ArrayList<>(List.of(outcome.out().split("\n")))).hasSizeGreaterThanOrEqualTo(2);
    }
}
