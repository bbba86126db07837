package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which revision of a document applies on a day: the newest approved one whose in-force date is that day or earlier
 * (by in-force date, then number). When that one is a 廃止, the document is abolished from its date. Immutable.
 *
 * @param revision the revision that applies, or null when none does yet
 * @param abolished whether the revision that applies abolishes the document
 */
record InForce(Revision revision, boolean abolished) {

    static final Comparator<Revision> NEWEST_FIRST = Comparator.comparing(Revision::inForceFrom)
            .thenComparing(Revision::number).reversed();

    static InForce on(List<Revision> history, LocalDate day) {
        var current = history.stream().filter(r -> r.approvedBy(day)).sorted(NEWEST_FIRST).findFirst().orElse(null);
        return new InForce(current, current != null && current.kind() == RevisionKind.ABOLISHED);
    }

    /** The revision whose text applies: none before the first approval and after abolition. */
    Optional<Revision> text() {
        return abolished ? Optional.empty() : Optional.ofNullable(revision);
    }
}
