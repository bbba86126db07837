package jp.mamori.sanitizer;

/** What was found in one object of the input. Stable names: they appear in the JSON report. */
public enum FindingKind {
    MACRO,
    SCRIPT,
    OLE_OBJECT,
    EXTERNAL_LINK,
    EMBEDDED_FILE,
    METADATA,
    ENCRYPTION,
    OVER_LIMIT,
    UNKNOWN_TYPE,
    AMBIGUOUS_STRUCTURE,
    /** The declared name or media type disagrees with the content. */
    TYPE_MISMATCH,
    /** HTML body, active form fields, DDE fields and similar content converted to a passive form. */
    ACTIVE_CONTENT,
    /** A header that was dropped or rewritten because it is not on the safe list or was malformed. */
    HEADER,
    /** A mail attachment handled according to the policy (removed, converted or held). */
    ATTACHMENT,
    /** A worker process that crashed, timed out or ran out of memory. */
    PROCESSING_FAILURE
}
