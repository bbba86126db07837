package jp.mamori.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A revision as pages and exports show it (never the aggregate). Immutable.
 *
 * @param inForce whether it is the revision that applies today
 * @param scheduled whether it is approved but applies from a later day
 */
record RevisionView(UUID id, UUID documentId, int number, RevisionKind kind, RevisionState state,
        LocalDate revisionDate, LocalDate inForceFrom, String summary, boolean textOnFile, String author,
        Instant submittedAt, String approver, Instant approvedAt, String returnedBy, Instant returnedAt,
        String returnComment, long version, boolean inForce, boolean scheduled) {

    static RevisionView of(Revision r, InForce today, LocalDate day) {
        return new RevisionView(r.id(), r.documentId(), r.number(), r.kind(), r.state(), r.revisionDate(),
                r.inForceFrom(), r.summaryText(), r.textOnFile(), r.author().name(), r.submittedAt(),
                r.approver() == null ? null : r.approver().name(), r.approvedAt(), r.returnedBy(), r.returnedAt(),
                r.returnComment(), r.version(), today.revision() != null && today.revision().id().equals(r.id()),
                r.state() == RevisionState.APPROVED && r.inForceFrom() != null && r.inForceFrom().isAfter(day));
    }

    public boolean approved() {
        return state == RevisionState.APPROVED;
    }

    public boolean superseded() {
        return approved() && !inForce && !scheduled;
    }
}
