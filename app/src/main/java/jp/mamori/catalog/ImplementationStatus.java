package jp.mamori.catalog;

/**
 * How far the tenant has carried out a measure: 未着手, 一部実施, 実施済み; 非適用 for a measure that does not
 * apply (and only then).
 */
public enum ImplementationStatus {
    /** 未着手 */
    NOT_STARTED,
    /** 一部実施 */
    PARTIAL,
    /** 実施済み */
    IMPLEMENTED,
    /** 非適用 */
    NOT_APPLICABLE;

    /** The statuses an applicable measure can have, in the order of progress. */
    public static final java.util.List<ImplementationStatus> FOR_APPLICABLE = java.util.List.of(NOT_STARTED, PARTIAL,
            IMPLEMENTED);
}
