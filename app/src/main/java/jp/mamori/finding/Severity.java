package jp.mamori.finding;

/** How urgently a finding calls for attention; the order is from least to most urgent. */
public enum Severity {
    /** Worth a look when convenient, such as a record waiting for someone's step. */
    LOW,
    /** Contradicts the policy and should be put right in the normal course of work. */
    MEDIUM,
    /** Contradicts a rule of separation or confidentiality: information may be exposed now. */
    HIGH
}
