package jp.mamori.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * One person's item of a campaign: whom it asks (with the unit they belonged to when asked, so that progress by unit
 * stays put when someone moves), its state, and a pointer to the using module's own record of the answer — one
 * confirmation, or a sheet holding many answers. Transitions check their precondition; each returns the changed
 * item. Immutable.
 *
 * @param answerId the using module's record of the answer (confirmation, sheet), or null before anything is saved
 * @param submittedAt when it was last handed in (or finished), or null
 * @param submittedBy the account that handed it in, or null
 * @param reviewedBy the reviewer's account of the last acceptance or return, or null
 * @param reviewNote the reviewer's note when returned, or null
 */
public record CampaignItem(UUID tenantId, UUID campaignId, UUID staffId, UUID unitId, LocalDate addedOn,
        ItemState state, UUID answerId, Instant submittedAt, UUID submittedBy, Instant reviewedAt, UUID reviewedBy,
        String reviewNote, long version) {

    public CampaignItem {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(state, "state");
    }

    static CampaignItem asked(UUID tenantId, UUID campaignId, UUID staffId, UUID unitId, LocalDate on) {
        return new CampaignItem(tenantId, campaignId, staffId, unitId, on, ItemState.PENDING, null, null, null, null,
                null, null, 0);
    }

    /** Whether the person has finished (done or accepted). */
    public boolean finished() {
        return state.finished();
    }

    Decision mayWork() {
        return state.awaitsThePerson() ? Decision.ALLOWED : Decision.refuse("campaign.refused.itemNotOpen", state.name());
    }

    Decision mayReview() {
        return state == ItemState.SUBMITTED ? Decision.ALLOWED
                : Decision.refuse("campaign.refused.itemNotSubmitted", state.name());
    }

    CampaignItem begun(UUID answer) {
        mayWork().orThrow(CampaignRefused::new);
        return with(ItemState.IN_PROGRESS, answer == null ? answerId : answer, submittedAt, submittedBy, reviewedAt,
                reviewedBy, reviewNote);
    }

    /** Handed in: to the reviewer when the campaign has a reviewer step, else finished. */
    CampaignItem submitted(UUID answer, UUID account, Instant at, boolean reviewed) {
        mayWork().orThrow(CampaignRefused::new);
        return with(reviewed ? ItemState.SUBMITTED : ItemState.DONE, answer == null ? answerId : answer, at, account,
                reviewedAt, reviewedBy, reviewNote);
    }

    CampaignItem accepted(UUID reviewer, Instant at) {
        mayReview().orThrow(CampaignRefused::new);
        return with(ItemState.ACCEPTED, answerId, submittedAt, submittedBy, at, reviewer, null);
    }

    CampaignItem returned(UUID reviewer, Instant at, String note) {
        mayReview().orThrow(CampaignRefused::new);
        return with(ItemState.RETURNED, answerId, submittedAt, submittedBy, at, reviewer, note);
    }

    private CampaignItem with(ItemState newState, UUID answer, Instant submitted, UUID submitter, Instant reviewed,
            UUID reviewer, String note) {
        return new CampaignItem(tenantId, campaignId, staffId, unitId, addedOn, newState, answer, submitted, submitter,
                reviewed, reviewer, note, version);
    }
}
