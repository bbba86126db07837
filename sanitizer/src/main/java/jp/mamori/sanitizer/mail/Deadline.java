package jp.mamori.sanitizer.mail;

import java.time.Duration;
import jp.mamori.sanitizer.FindingKind;

/**
 * A wall-clock budget for one mail, checked cooperatively at part and HTML-node boundaries. Mail is
 * converted in the caller's thread (it needs no worker process), so a pathological input is stopped
 * here and the mail blocked, rather than by killing a thread.
 */
final class Deadline {

    private final long end;
    private final Duration budget;

    Deadline(Duration budget) {
        this.budget = budget;
        this.end = System.nanoTime() + budget.toNanos();
    }

    /** A deadline that never passes, for code paths tested on their own. */
    static Deadline none() {
        return new Deadline(Duration.ofDays(365));
    }

    void check(String location) {
        if (System.nanoTime() - end > 0) {
            throw new MailRejected(FindingKind.PROCESSING_FAILURE, location,
                    "sanitising took longer than " + budget.toSeconds() + " s");
        }
    }
}
