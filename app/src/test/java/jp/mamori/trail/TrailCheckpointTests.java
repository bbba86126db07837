package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import jp.mamori.DatabaseTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A05: checkpoints every 1,000 entries and when the latest is older than 5 minutes, signed, consistent. */
@DatabaseTest
@SpringBootTest(properties = {"mamori.trail.checkpoint.schedule=false",
        "mamori.trail.signing-key=${java.io.tmpdir}/mamori-trail-tests/${random.uuid}/trail-ed25519.key"})
class TrailCheckpointTests {

    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrailCheckpoints checkpoints;
    @Autowired
    TrailSigningKey key;

    TrailTampering tampering;

    @BeforeEach
    void empty() {
        tampering = new TrailTampering(jdbc, transactions, trail);
        tampering.reset();
    }

    @Test
    void checkpointsAtEveryThousandAndWhenTheLatestIsOld() throws Exception {
        tampering.append(2500);
        assertThat(checkpoints.makeDue()).as("each thousand, and the head as there was no checkpoint yet")
                .extracting(Checkpoint::size).containsExactly(1000L, 2000L, 2500L);
        tampering.append(400);
        assertThat(checkpoints.makeDue()).as("nothing due: the latest is fresh and under 1,000 behind").isEmpty();
        tampering.append(200);
        assertThat(checkpoints.makeDue()).as("the thousand crossed").extracting(Checkpoint::size).containsExactly(3000L);

        // Five minutes later (created_at moved back, as time passing would), the head gets one.
        tampering.append(100);
        tampering.asOwner(() -> jdbc.sql("UPDATE trail_checkpoint SET created_at = created_at - INTERVAL '6' MINUTE").update());
        assertThat(checkpoints.makeDue()).extracting(Checkpoint::size).containsExactly(3200L);
        tampering.asOwner(() -> jdbc.sql("UPDATE trail_checkpoint SET created_at = created_at - INTERVAL '6' MINUTE").update());
        assertThat(checkpoints.makeDue()).as("no new entries, no new checkpoint").isEmpty();

        var leaves = jdbc.sql("SELECT leaf_hash FROM trail_entry ORDER BY seq").query(byte[].class).list();
        var stored = checkpoints.all().stream().map(TrailCheckpoints.Stored::checkpoint).toList();
        assertThat(stored).extracting(Checkpoint::size).containsExactly(1000L, 2000L, 2500L, 3000L, 3200L);
        var publicKey = TrailSigningKey.readPublicKey(key.publicKeyFile());
        for (var checkpoint : stored) {
            assertThat(checkpoint.root()).isEqualTo(Merkle.root(leaves.subList(0, (int) checkpoint.size())));
            assertThat(TrailSigningKey.verify(checkpoint, publicKey)).isTrue();
        }
        // The consistency proof between consecutive checkpoints verifies.
        for (var i = 1; i < stored.size(); i++) {
            var older = stored.get(i - 1);
            var newer = stored.get(i);
            var proof = Merkle.consistencyProof(leaves, (int) older.size(), (int) newer.size());
            assertThat(Merkle.verifyConsistency(older.size(), newer.size(), proof, older.root(), newer.root())).isTrue();
        }
    }

    @Test
    void theNoteIsATlogCheckpointWithASignedNoteSignature() throws Exception {
        tampering.append(3);
        var checkpoint = checkpoints.makeNow().get(0);
        var lines = checkpoint.text().split("\n", -1);
        assertThat(lines[0]).matches("mamori\\.trail/[0-9a-f-]{36}").isEqualTo(checkpoints.origin());
        assertThat(lines[1]).isEqualTo("3");
        assertThat(java.util.Base64.getDecoder().decode(lines[2])).hasSize(32);
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).startsWith("\u2014 " + lines[0] + " ");
        assertThat(java.util.Base64.getDecoder().decode(lines[4].split(" ")[2])).hasSize(68);
        assertThat(lines[5]).isEmpty();
        assertThat(Checkpoint.parse(checkpoint.text()).text()).isEqualTo(checkpoint.text());

        // Any change of the signed body makes the signature fail.
        var publicKey = key.publicKey();
        var moved = Checkpoint.parse(checkpoint.text().replaceFirst("\n3\n", "\n2\n"));
        assertThat(TrailSigningKey.verify(moved, publicKey)).isFalse();
        assertThat(TrailSigningKey.verify(Checkpoint.parse(checkpoint.text()), publicKey)).isTrue();
    }

    @Test
    void theSigningKeyIsAFileOutsideTheDatabaseReadableOnlyByItsOwner() throws Exception {
        key.ensure();
        assertThat(Files.readString(key.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(key.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(key.publicKeyFile().getFileName().toString()).isEqualTo("trail-ed25519.pub");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.privateKeyFile()))).isEqualTo("rw-------");
        // A second instance on the same file (another app node, a restart) uses the same key.
        var again = new TrailSigningKey(key.privateKeyFile());
        assertThat(again.publicKey()).isEqualTo(key.publicKey());
        // The public key is rederived when its file was lost.
        Files.delete(key.publicKeyFile());
        assertThat(new TrailSigningKey(key.privateKeyFile()).publicKey().getEncoded()).isEqualTo(key.publicKey().getEncoded());
        assertThat(Files.exists(key.publicKeyFile())).isTrue();
    }

    @Test
    void twoNodesCheckpointingAtOnceWriteOneCheckpointPerSize() throws Exception {
        tampering.append(1500);
        var barrier = new CyclicBarrier(3);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var results = new ArrayList<CompletableFuture<List<Checkpoint>>>();
            for (var node = 0; node < 3; node++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return checkpoints.makeNow();
                }, pool));
            }
            var sizes = new ArrayList<Long>();
            for (var result : results) {
                result.get().forEach(made -> sizes.add(made.size()));
            }
            assertThat(sizes).containsExactlyInAnyOrder(1000L, 1500L);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT size FROM trail_checkpoint ORDER BY size").query(Long.class).list()).containsExactly(1000L, 1500L);
    }
}
