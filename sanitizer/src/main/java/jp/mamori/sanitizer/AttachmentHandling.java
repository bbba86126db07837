package jp.mamori.sanitizer;

/** What happens to a mail's attachments (添付ファイルの扱い). */
public enum AttachmentHandling {
    /** Dropped; the notice lists each one with its name and size. */
    REMOVE,
    /** Each disarmed by the file engine and attached to the new mail; blocked ones are listed. */
    CONVERT,
    /** Dropped from the mail and replaced by a reference the gateway uses to keep the original. */
    HOLD
}
