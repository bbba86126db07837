package jp.mamori.trail;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link TrailVerifier#verify}: intact when there are no findings.
 *
 * @param entries the entries read
 * @param storedCheckpoints stored checkpoints checked
 * @param externalCheckpoints externally supplied checkpoints checked
 * @param findings failures in seq order, at most 100
 */
record TrailVerification(long entries, int storedCheckpoints, int externalCheckpoints, List<TrailVerifier.Finding> findings) {

    boolean intact() {
        return findings.isEmpty();
    }

    Optional<TrailVerifier.Finding> first() {
        return findings.stream().findFirst();
    }
}
