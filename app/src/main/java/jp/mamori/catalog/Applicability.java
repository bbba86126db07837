package jp.mamori.catalog;

/** 適用 / 非適用: whether a measure applies to the tenant (its statement of applicability). */
public enum Applicability {
    /** 適用 */
    APPLICABLE,
    /** 非適用 — always with a reason */
    NOT_APPLICABLE
}
