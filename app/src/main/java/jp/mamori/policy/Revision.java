package jp.mamori.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * 改訂: one revision of a policy document — its number, kind (新規制定 / 改定 / 廃止), the date the 改訂履歴 shows, the
 * day it comes into force, a summary and the full Markdown text. Moves draft → in review → approved (or back to
 * draft with a comment, or withdrawn while a draft). Only a draft can be edited. Not thread-safe; one instance per
 * use case.
 */
final class Revision {

    /** The longest body we accept: the seed is about 6,000 characters, a 対策基準 perhaps 200,000. */
    static final int MAX_BODY = 500_000;

    private final UUID id;
    private final UUID tenantId;
    private final UUID documentId;
    private final int number;
    private RevisionKind kind;
    private RevisionState state;
    private LocalDate revisionDate;
    private LocalDate inForceFrom;
    private String summary;
    private final boolean textOnFile;
    private String body;
    private final Signatory author;
    private Instant submittedAt;
    private Signatory approver;
    private Instant approvedAt;
    private String returnedBy;
    private Instant returnedAt;
    private String returnComment;
    private final long version;

    Revision(UUID id, UUID tenantId, UUID documentId, int number, RevisionKind kind, RevisionState state,
            LocalDate revisionDate, LocalDate inForceFrom, String summary, boolean textOnFile, String body,
            Signatory author, Instant submittedAt, Signatory approver, Instant approvedAt, String returnedBy,
            Instant returnedAt, String returnComment, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.state = Objects.requireNonNull(state, "state");
        this.revisionDate = Objects.requireNonNull(revisionDate, "revisionDate");
        this.inForceFrom = inForceFrom;
        this.summary = Objects.requireNonNull(summary, "summary");
        this.textOnFile = textOnFile;
        this.body = Objects.requireNonNull(body, "body");
        this.author = Objects.requireNonNull(author, "author");
        this.submittedAt = submittedAt;
        this.approver = approver;
        this.approvedAt = approvedAt;
        this.returnedBy = returnedBy;
        this.returnedAt = returnedAt;
        this.returnComment = returnComment;
        this.version = version;
    }

    /** A new draft with the given number (one more than the document's last). */
    static Revision draft(UUID tenantId, UUID documentId, int number, RevisionKind kind, LocalDate revisionDate,
            String summary, String body, Signatory author) {
        return new Revision(UUID.randomUUID(), tenantId, documentId, number, kind, RevisionState.DRAFT, revisionDate,
                null, summary.strip(), true, normalise(body), author, null, null, null, null, null, null, 0);
    }

    /** Changes a draft; refused in any other state (the state found is named). */
    Decision edit(RevisionKind newKind, LocalDate newDate, String newSummary, String newBody) {
        if (state != RevisionState.DRAFT) {
            return Decision.refuse("policy.refused.notDraft", state.name());
        }
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.revisionDate = Objects.requireNonNull(newDate, "revisionDate");
        this.summary = newSummary.strip();
        this.body = normalise(newBody);
        return Decision.ALLOWED;
    }

    /** Sends a draft to review; refused unless a draft, and when the text of a 新規制定/改定 is empty. */
    Decision submit(Instant at) {
        if (state != RevisionState.DRAFT) {
            return Decision.refuse("policy.refused.notDraft", state.name());
        }
        if (kind != RevisionKind.ABOLISHED && body.isBlank()) {
            return Decision.refuse("policy.refused.emptyText");
        }
        if (summary.isBlank()) {
            return Decision.refuse("policy.refused.emptySummary");
        }
        this.state = RevisionState.IN_REVIEW;
        this.submittedAt = at;
        this.returnedBy = null;
        this.returnedAt = null;
        this.returnComment = null;
        return Decision.ALLOWED;
    }

    /**
     * Approves a revision under review, in force from {@code from} (its revision date when null). Refused unless
     * under review, and when the approver wrote it (兼務の禁止: who drafts does not approve).
     */
    Decision approve(Signatory by, LocalDate from, Instant at) {
        var decision = mayApprove(by);
        if (!decision.allowed()) {
            return decision;
        }
        this.state = RevisionState.APPROVED;
        this.approver = by;
        this.approvedAt = at;
        this.inForceFrom = from != null ? from : revisionDate;
        return Decision.ALLOWED;
    }

    /**
     * Whether that person may approve it now, asked before the approve button is offered so that the author
     * reads why not instead of being refused after confirming.
     */
    Decision mayApprove(Signatory by) {
        if (state != RevisionState.IN_REVIEW) {
            return Decision.refuse("policy.refused.notInReview", state.name());
        }
        if (author.samePersonAs(by)) {
            return Decision.refuse("policy.refused.selfApproval", by.name());
        }
        return Decision.ALLOWED;
    }

    /** Sends a revision under review back to its author as a draft, with the reviewer's comment (required). */
    Decision sendBack(Signatory by, String comment, Instant at) {
        if (state != RevisionState.IN_REVIEW) {
            return Decision.refuse("policy.refused.notInReview", state.name());
        }
        if (comment == null || comment.isBlank()) {
            return Decision.refuse("policy.refused.commentRequired");
        }
        this.state = RevisionState.DRAFT;
        this.returnedBy = by.name();
        this.returnedAt = at;
        this.returnComment = comment.strip();
        this.submittedAt = null;
        return Decision.ALLOWED;
    }

    /** Withdraws a draft that will not go ahead; it stays in the history as withdrawn. */
    Decision withdraw() {
        if (state != RevisionState.DRAFT) {
            return Decision.refuse("policy.refused.notDraft", state.name());
        }
        this.state = RevisionState.WITHDRAWN;
        return Decision.ALLOWED;
    }

    /** Whether it is a draft or under review: a document has at most one such revision at a time. */
    boolean open() {
        return state == RevisionState.DRAFT || state == RevisionState.IN_REVIEW;
    }

    /** Whether it applies on that day or applied before it (approved, in force from that day or earlier). */
    boolean approvedBy(LocalDate day) {
        return state == RevisionState.APPROVED && inForceFrom != null && !inForceFrom.isAfter(day);
    }

    private static String normalise(String body) {
        var text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_BODY) {
            throw new PolicyRefused("policy.refused.textTooLong", MAX_BODY);
        }
        return text;
    }

    RevisionSummary summary(PolicyDocument document) {
        return new RevisionSummary(id, documentId, tenantId, document.title(), document.kind(), document.disclosure(),
                number, kind, state, revisionDate, inForceFrom, summary);
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    RevisionKind kind() {
        return kind;
    }

    RevisionState state() {
        return state;
    }

    LocalDate revisionDate() {
        return revisionDate;
    }

    LocalDate inForceFrom() {
        return inForceFrom;
    }

    String summaryText() {
        return summary;
    }

    boolean textOnFile() {
        return textOnFile;
    }

    String body() {
        return body;
    }

    Signatory author() {
        return author;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Signatory approver() {
        return approver;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    String returnedBy() {
        return returnedBy;
    }

    Instant returnedAt() {
        return returnedAt;
    }

    String returnComment() {
        return returnComment;
    }

    long version() {
        return version;
    }
}
