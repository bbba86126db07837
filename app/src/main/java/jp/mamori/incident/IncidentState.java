package jp.mamori.incident;

/** Where an incident is in its handling; each state leads only to the next, none can be skipped. */
public enum IncidentState {
    /** 報告 — reported by a member of staff, not yet received by the CSIRT. */
    REPORTED,
    /** 受付 — received and triaged by the CSIRT. */
    RECEIVED,
    /** 調査中 */
    INVESTIGATING,
    /** 封じ込め */
    CONTAINED,
    /** 復旧 */
    RECOVERED,
    /** 再発防止 */
    PREVENTING,
    /** 完了 */
    CLOSED;

    /** The one state that follows this one, or null when closed. */
    public IncidentState next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean open() {
        return this != CLOSED;
    }
}
