package jp.mamori.policy;

/**
 * Where a revision is in its workflow: drafted, under review, approved (in force from its date on), or
 * withdrawn. Whether an approved revision is the one in force on a day follows from the dates.
 */
public enum RevisionState {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    WITHDRAWN
}
