package jp.mamori.sanitizer;

/** What the engine did with a finding. Stable names: they appear in the JSON report. */
public enum Action {
    REMOVED,
    CONVERTED,
    HELD,
    KEPT,
    BLOCKED
}
