package jp.mamori.correction;

/** Where a corrective action stands: OPEN → IN_PROGRESS → DONE → VERIFIED, or back to OPEN when verification fails. */
public enum CorrectiveActionState {
    OPEN,
    IN_PROGRESS,
    /** Completed by its owner; waits for verification. */
    DONE,
    /** Verified as effective by someone other than whoever completed it; final. */
    VERIFIED
}
