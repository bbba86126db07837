package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation as the incident keeps it: what the rules currently derive (reasons, due dates), whether the facts
 * still call for it ({@code withdrawn} when a corrected fact removed it — kept, with anything already sent), and
 * what was sent for the 速報 and the 確報 and when. Immutable; the incident replaces it on change.
 */
public record TrackedObligation(ReportingBody body, List<String> reasons, LocalDate preliminaryDue,
        LocalDate finalDue, boolean withdrawn, Instant preliminarySentAt, String preliminarySentBy,
        String preliminaryNote, Instant finalSentAt, String finalSentBy, String finalNote) {

    public TrackedObligation {
        reasons = List.copyOf(reasons);
    }

    static TrackedObligation of(Obligation o) {
        return new TrackedObligation(o.body(), o.reasons(), o.preliminaryDue(), o.finalDue(), false, null, null, null,
                null, null, null);
    }

    TrackedObligation rederived(Obligation o) {
        return new TrackedObligation(body, o.reasons(), o.preliminaryDue(), o.finalDue(), false, preliminarySentAt,
                preliminarySentBy, preliminaryNote, finalSentAt, finalSentBy, finalNote);
    }

    TrackedObligation withdraw() {
        return new TrackedObligation(body, reasons, preliminaryDue, finalDue, true, preliminarySentAt,
                preliminarySentBy, preliminaryNote, finalSentAt, finalSentBy, finalNote);
    }

    TrackedObligation sent(ReportStage stage, Instant at, String by, String note) {
        return stage == ReportStage.PRELIMINARY
                ? new TrackedObligation(body, reasons, preliminaryDue, finalDue, withdrawn, at, by, note, finalSentAt,
                        finalSentBy, finalNote)
                : new TrackedObligation(body, reasons, preliminaryDue, finalDue, withdrawn, preliminarySentAt,
                        preliminarySentBy, preliminaryNote, at, by, note);
    }

    /** Nothing left to send: withdrawn, or every report it has was sent. */
    public boolean done() {
        return withdrawn || (preliminarySentAt != null && (finalDue == null || finalSentAt != null));
    }

    /** The next report still to send and its due date, or null when done. */
    public LocalDate nextDue() {
        if (done()) {
            return null;
        }
        return preliminarySentAt == null ? preliminaryDue : finalDue;
    }

    public boolean dueBy(LocalDate day) {
        var next = nextDue();
        return next != null && !next.isAfter(day);
    }
}
