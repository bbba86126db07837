package jp.mamori.trail;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of an RFC 6962 tree: the roots of its perfect subtrees, largest first (one per set bit
 * of the size). Appending a leaf and computing the current tree head are O(log n), so the verifier and the
 * checkpoint job can read the leaves once in order and know the head at every size on the way.
 */
final class CompactRange {

    private final List<byte[]> hashes = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    /** The edge of a tree of {@code size} leaves from its subtree roots, largest first. */
    static CompactRange restore(long size, List<byte[]> hashes) {
        var range = new CompactRange();
        var bit = Long.highestOneBit(size);
        var i = 0;
        for (; bit > 0; bit >>= 1) {
            if ((size & bit) != 0) {
                range.hashes.add(hashes.get(i++));
                range.sizes.add(bit);
            }
        }
        range.size = size;
        return range;
    }

    void append(byte[] leafHash) {
        hashes.add(leafHash);
        sizes.add(1L);
        size++;
        while (sizes.size() >= 2 && sizes.get(sizes.size() - 1).equals(sizes.get(sizes.size() - 2))) {
            var right = hashes.remove(hashes.size() - 1);
            var left = hashes.remove(hashes.size() - 1);
            var merged = sizes.remove(sizes.size() - 1) * 2;
            sizes.set(sizes.size() - 1, merged);
            hashes.add(Merkle.node(left, right));
        }
    }

    long size() {
        return size;
    }

    List<byte[]> hashes() {
        return List.copyOf(hashes);
    }

    /** MTH of the leaves appended so far. */
    byte[] root() {
        if (hashes.isEmpty()) {
            return CanonicalEncoding.sha256().digest();
        }
        var root = hashes.get(hashes.size() - 1);
        for (var i = hashes.size() - 2; i >= 0; i--) {
            root = Merkle.node(hashes.get(i), root);
        }
        return root;
    }
}
