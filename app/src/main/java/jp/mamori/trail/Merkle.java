package jp.mamori.trail;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 6962 (section 2.1) Merkle tree over the entries' leaf hashes: the tree head (MTH), inclusion
 * and consistency proofs, and their verification as RFC 9162 (2.1.3.2, 2.1.4.2) describes it.
 * The leaves given here are already leaf hashes (SHA-256(0x00 ‖ canonical)); interior nodes are
 * SHA-256(0x01 ‖ left ‖ right). Proofs are built on demand from the leaf hashes: at ISMS volumes
 * (a million entries are 32 MB of hashes) that is simpler than keeping tiles, and cheap enough.
 */
final class Merkle {

    static final int HASH_SIZE = 32;

    private Merkle() {
    }

    /** MTH(D[n]); the SHA-256 of nothing for the empty tree. */
    static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return CanonicalEncoding.sha256().digest();
        }
        return subtree(leaves, 0, leaves.size());
    }

    /** The hash of the leaves [from, to), to > from. */
    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        var n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        var k = largestPowerOfTwoBelow(n);
        return node(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    static byte[] node(byte[] left, byte[] right) {
        var digest = CanonicalEncoding.sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** The largest power of two strictly smaller than n (n ≥ 2). */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /** PATH(index, D[size]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
    static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
        if (size > leaves.size() || index < 0 || index >= size) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size);
        }
        var proof = new ArrayList<byte[]>();
        path(leaves, index, 0, size, proof);
        return proof;
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> proof) {
        var n = to - from;
        if (n <= 1) {
            return;
        }
        var k = largestPowerOfTwoBelow(n);
        if (index < k) {
            path(leaves, index, from, from + k, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, index - k, from + k, to, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    /** PROOF(first, D[second]): that the tree of {@code second} leaves extends the one of {@code first}. */
    static List<byte[]> consistencyProof(List<byte[]> leaves, int first, int second) {
        if (second > leaves.size() || first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        var proof = new ArrayList<byte[]>();
        if (first > 0 && first < second) {
            subproof(leaves, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> proof) {
        var n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(subtree(leaves, from, to));
            }
            return;
        }
        var k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, proof);
            proof.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(subtree(leaves, from, from + k));
        }
    }

    /** Whether {@code proof} shows the leaf hash at {@code index} in the tree of {@code size} with {@code root}. */
    static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(leafHash) || !wellFormed(root) || !wellFormed(proof)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        var r = leafHash;
        for (var p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether {@code proof} shows that the tree ({@code second}, {@code secondRoot}) extends ({@code first}, {@code firstRoot}). */
    static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 0 || second < first || !wellFormed(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty(); // every tree extends the empty one
        }
        if (proof.isEmpty() || !wellFormed(firstRoot) || !wellFormed(secondRoot)) {
            return false;
        }
        var path = new ArrayList<byte[]>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstRoot);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        var fr = path.get(0);
        var sr = path.get(0);
        for (var c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == HASH_SIZE;
    }

    private static boolean wellFormed(List<byte[]> proof) {
        return proof != null && proof.stream().allMatch(Merkle::wellFormed);
    }
}
