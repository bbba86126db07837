package jp.mamori.notification;

/** Where a mail of the outbox is: waiting, being sent, sent, failed after its retries, or given up by an administrator. */
public enum MailState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    CANCELLED
}
