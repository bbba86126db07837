package jp.mamori.sanitizer.mail;

import jp.mamori.sanitizer.FindingKind;

/**
 * The whole mail cannot be made safe: over a limit, or ambiguous where a part cannot simply be removed.
 * Thrown inside the mail package only and always turned into a blocked result, never out of it.
 */
final class MailRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final FindingKind kind;
    final String location;

    MailRejected(FindingKind kind, String location, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
        this.location = location;
    }
}
