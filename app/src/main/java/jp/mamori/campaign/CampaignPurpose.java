package jp.mamori.campaign;

import jp.mamori.organization.StaffMember;

/**
 * What a using module tells the engine about its campaigns — one Spring bean per module, found by {@link #name()}:
 * whether items go to a reviewer, who among the targeted staff may be asked at all, and the text of its reminder
 * mails. Implementations must be thread-safe and must not change data.
 */
public interface CampaignPurpose {

    /** The module's name, stored on each campaign and used in trail actions and mail keys, e.g. {@code "inspection"}. */
    String name();

    /** The object type its campaigns have in the trail, for example {@code "InspectionCampaign"}. */
    String objectType();

    /** Whether a submitted item waits for a reviewer (SUBMITTED → ACCEPTED / RETURNED) instead of being done. */
    default boolean reviewed() {
        return false;
    }

    /** Whether a targeted person may be asked, for example whether they are in a revision's audience. */
    default boolean eligible(Campaign campaign, StaffMember staff) {
        return true;
    }

    /** The reminder to one person who still owes their item, on the occasion given (Japanese: staff mail). */
    ReminderText reminder(Campaign campaign, StaffMember staff, ReminderOccasion occasion);

    /** Why a reminder goes out: a manager's round (督促), the due date coming up, or the due date passed. */
    enum ReminderOccasion {
        ROUND,
        DUE_SOON,
        OVERDUE
    }

    /**
     * A reminder's text.
     *
     * @param causedBy what caused it, for people reading the outbox, for example 「自己点検の督促」
     */
    record ReminderText(String subject, String body, String causedBy) {
    }
}
