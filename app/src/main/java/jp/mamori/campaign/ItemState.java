package jp.mamori.campaign;

/**
 * Where one person's item of a campaign is. Without a reviewer step an item goes PENDING → (IN_PROGRESS →) DONE;
 * with one, PENDING → (IN_PROGRESS →) SUBMITTED → ACCEPTED, or → RETURNED → (IN_PROGRESS →) SUBMITTED again.
 */
public enum ItemState {
    /** Asked, nothing done yet. */
    PENDING,
    /** The person has begun (a sheet with some answers saved). */
    IN_PROGRESS,
    /** Handed in, waiting for the reviewer. */
    SUBMITTED,
    /** The reviewer sent it back with a note; the person works on it again. */
    RETURNED,
    /** The reviewer accepted it: finished. */
    ACCEPTED,
    /** Finished, in a campaign without a reviewer step. */
    DONE;

    /** Whether nothing more is expected of the person: reminders and the progress count treat it as done. */
    public boolean finished() {
        return this == ACCEPTED || this == DONE;
    }

    /** Whether the person still owes an answer (not handed in, or sent back): reminders go to these. */
    public boolean awaitsThePerson() {
        return this == PENDING || this == IN_PROGRESS || this == RETURNED;
    }
}
