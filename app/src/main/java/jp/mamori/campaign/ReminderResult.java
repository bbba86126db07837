package jp.mamori.campaign;

import java.time.Instant;
import java.util.List;

import jp.mamori.organization.StaffMember;

/**
 * What a reminder round did: its number, how many mails were queued, and who has no usable address; or, when the
 * last round went out less than the configured interval ago, nothing at all ({@link #repeated()}), so that a
 * second click or a retried request never sends a second round. Immutable.
 *
 * @param previousAt when the round that made this one a repeat was sent; null when this one was sent
 */
public record ReminderResult(int round, int queued, List<StaffMember> withoutAddress, Instant previousAt) {

    public ReminderResult {
        withoutAddress = List.copyOf(withoutAddress);
    }

    static ReminderResult repeatOf(Campaign campaign) {
        return new ReminderResult(campaign.reminderRound(), 0, List.of(), campaign.lastRemindedAt());
    }

    /** Whether this request was a repeat within the interval and sent nothing. */
    public boolean repeated() {
        return previousAt != null;
    }
}
