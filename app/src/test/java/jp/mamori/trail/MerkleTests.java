package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * RFC 6962 reference vectors (those of transparency-dev/merkle, testonly/constants.go and
 * proof/verify_test.go) and a randomized property check over tree sizes 1..2000.
 */
class MerkleTests {

    static final HexFormat HEX = HexFormat.of();

    static final String[] INPUTS = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    /** Roots of the trees of 0..8 of the inputs. */
    static final String[] ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    static List<byte[]> leaves(int n) {
        var leaves = new ArrayList<byte[]>();
        for (var i = 0; i < n; i++) {
            var digest = CanonicalEncoding.sha256();
            digest.update((byte) 0);
            leaves.add(digest.digest(HEX.parseHex(INPUTS[i])));
        }
        return leaves;
    }

    static List<byte[]> hashes(String... hex) {
        return java.util.Arrays.stream(hex).map(HEX::parseHex).toList();
    }

    @Test
    void rootsMatchTheReferenceVectors() {
        for (var n = 0; n <= 8; n++) {
            assertThat(HEX.formatHex(Merkle.root(leaves(n)))).as("root(%d)", n).isEqualTo(ROOTS[n]);
            var range = new CompactRange();
            leaves(n).forEach(range::append);
            assertThat(HEX.formatHex(range.root())).as("compact root(%d)", n).isEqualTo(ROOTS[n]);
        }
    }

    @Test
    void inclusionProofsMatchTheReferenceVectors() {
        record Vector(int leaf, int size, String... proof) {
        }
        var vectors = List.of(
                new Vector(1, 1),
                new Vector(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                new Vector(6, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                new Vector(3, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
                new Vector(2, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
        var all = leaves(8);
        for (var v : vectors) {
            var expected = hashes(v.proof());
            var proof = Merkle.inclusionProof(all, v.leaf() - 1, v.size());
            assertThat(proof).as("proof %d/%d", v.leaf(), v.size()).usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(expected);
            var root = HEX.parseHex(ROOTS[v.size()]);
            assertThat(Merkle.verifyInclusion(v.leaf() - 1, v.size(), all.get(v.leaf() - 1), expected, root)).isTrue();
            assertThat(Merkle.verifyInclusion(v.leaf(), v.size(), all.get(v.leaf() - 1), expected, root)).isFalse();
            assertThat(Merkle.verifyInclusion(v.leaf() - 1, v.size() * 2L, all.get(v.leaf() - 1), expected, root)).isFalse();
        }
    }

    @Test
    void consistencyProofsMatchTheReferenceVectors() {
        record Vector(int first, int second, String... proof) {
        }
        var vectors = List.of(
                new Vector(1, 1),
                new Vector(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                new Vector(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                new Vector(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                new Vector(6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        var all = leaves(8);
        for (var v : vectors) {
            var expected = hashes(v.proof());
            assertThat(Merkle.consistencyProof(all, v.first(), v.second())).as("proof %d→%d", v.first(), v.second())
                    .usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(expected);
            var first = HEX.parseHex(ROOTS[v.first()]);
            var second = HEX.parseHex(ROOTS[v.second()]);
            assertThat(Merkle.verifyConsistency(v.first(), v.second(), expected, first, second)).isTrue();
            if (!expected.isEmpty()) {
                assertThat(Merkle.verifyConsistency(v.first(), v.second(), expected, second, first)).isFalse();
                assertThat(Merkle.verifyConsistency(v.first(), v.second(), List.of(), first, second)).isFalse();
                assertThat(Merkle.verifyConsistency(v.first() + 1, v.second(), expected, first, second)).isFalse();
            }
        }
    }

    @Test
    void trivialConsistencyCases() {
        var a = HEX.parseHex(ROOTS[1]);
        var b = HEX.parseHex(ROOTS[2]);
        assertThat(Merkle.verifyConsistency(0, 0, List.of(), a, a)).isTrue();
        assertThat(Merkle.verifyConsistency(0, 1, List.of(), a, b)).isTrue();
        assertThat(Merkle.verifyConsistency(1, 1, List.of(), a, b)).isFalse();
        assertThat(Merkle.verifyConsistency(2, 1, List.of(), a, b)).isFalse();
        assertThat(Merkle.verifyConsistency(1, 2, List.of(), a, b)).isFalse();
        assertThat(Merkle.verifyConsistency(1, 1, List.of(a), a, a)).isFalse();
    }

    /**
     * Sampled sizes in 1..2000 (always the edges 1, 2 and 2000 and powers of two): every inclusion and
     * consistency proof verifies, and flipping any single bit of the proof, the leaf or a root makes it fail.
     */
    @Test
    void everyProofVerifiesAndAnyOneBitChangeFails() {
        var random = new Random(6962);
        var max = 2000;
        var all = new ArrayList<byte[]>();
        for (var i = 0; i < max; i++) {
            var leaf = new byte[32];
            random.nextBytes(leaf);
            all.add(leaf);
        }
        var sizes = new ArrayList<>(List.of(1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 1023, 1024, 1025, max));
        for (var i = 0; i < 40; i++) {
            sizes.add(1 + random.nextInt(max));
        }
        var range = new CompactRange();
        var roots = new ArrayList<byte[]>();
        roots.add(range.root());
        for (var leaf : all) {
            range.append(leaf);
            roots.add(range.root());
        }
        for (int size : sizes) {
            var tree = all.subList(0, size);
            assertThat(roots.get(size)).isEqualTo(Merkle.root(tree));
            for (var probe = 0; probe < 6; probe++) {
                var index = probe == 0 ? size - 1 : random.nextInt(size);
                var proof = Merkle.inclusionProof(all, index, size);
                assertThat(Merkle.verifyInclusion(index, size, all.get(index), proof, roots.get(size)))
                        .as("inclusion %d in %d", index, size).isTrue();
                for (var flipped : oneBitChanges(proof, random)) {
                    assertThat(Merkle.verifyInclusion(index, size, all.get(index), flipped, roots.get(size))).isFalse();
                }
                assertThat(Merkle.verifyInclusion(index, size, flip(all.get(index), random), proof, roots.get(size))).isFalse();
                assertThat(Merkle.verifyInclusion(index, size, all.get(index), proof, flip(roots.get(size), random))).isFalse();

                var first = 1 + random.nextInt(size);
                var consistency = Merkle.consistencyProof(all, first, size);
                assertThat(Merkle.verifyConsistency(first, size, consistency, roots.get(first), roots.get(size)))
                        .as("consistency %d→%d", first, size).isTrue();
                if (first < size) {
                    for (var flipped : oneBitChanges(consistency, random)) {
                        assertThat(Merkle.verifyConsistency(first, size, flipped, roots.get(first), roots.get(size))).isFalse();
                    }
                    assertThat(Merkle.verifyConsistency(first, size, consistency, flip(roots.get(first), random), roots.get(size)))
                            .isFalse();
                    assertThat(Merkle.verifyConsistency(first, size, consistency, roots.get(first), flip(roots.get(size), random)))
                            .isFalse();
                }
            }
        }
    }

    /** For every element of the proof, a copy with one random bit of that element flipped. */
    private static List<List<byte[]>> oneBitChanges(List<byte[]> proof, Random random) {
        var changed = new ArrayList<List<byte[]>>();
        for (var i = 0; i < proof.size(); i++) {
            var copy = new ArrayList<>(proof);
            copy.set(i, flip(proof.get(i), random));
            changed.add(copy);
        }
        return changed;
    }

    private static byte[] flip(byte[] hash, Random random) {
        var copy = hash.clone();
        var bit = random.nextInt(copy.length * 8);
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }
}
