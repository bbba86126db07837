package jp.mamori.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * 依頼 — a campaign that asks a set of staff for one item each by a due date: drafted, then started (which takes the
 * snapshot of whom it asks), reminded, and closed. Which module runs it is its {@code purpose}; what it is about is
 * {@code subjectId}, a pointer into that module's own data (the policy revision to read, the checklist to answer).
 * Transitions check their precondition and name the state they found; each returns the changed campaign. Immutable.
 *
 * @param purpose the {@link CampaignPurpose#name()} of the using module, for example {@code "acknowledgement"}
 * @param subjectId the using module's own record the campaign is about; never read by the engine
 * @param reminderRound how many reminder rounds were sent; the next round's mails have keys of their own
 * @param lastRemindedAt when the last round was sent, or null
 * @param version for optimistic locking
 */
public record Campaign(UUID id, UUID tenantId, String purpose, String title, UUID subjectId, CampaignTarget target,
        LocalDate dueOn, CampaignState state, LocalDate startedOn, Instant closedAt, int reminderRound,
        Instant lastRemindedAt, long version) {

    static final int MAX_TITLE = 200;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
    }

    static Campaign draft(UUID tenantId, NewCampaign draft) {
        return new Campaign(UUID.randomUUID(), tenantId, draft.purpose(), draft.title(), draft.subjectId(),
                draft.target(), draft.dueOn(), CampaignState.DRAFT, null, null, 0, null, 0);
    }

    public Decision mayEdit() {
        return state == CampaignState.DRAFT ? Decision.ALLOWED
                : Decision.refuse("campaign.refused.notDraft", state.name());
    }

    /** Starting needs a draft and a target; that the target matches someone is checked with the snapshot. */
    public Decision mayStart() {
        if (state != CampaignState.DRAFT) {
            return Decision.refuse("campaign.refused.notDraft", state.name());
        }
        return target.defined() ? Decision.ALLOWED : Decision.refuse("campaign.refused.noTarget");
    }

    /** Reminding, adding newly targeted staff and answering need an open campaign. */
    public Decision mayTakePart() {
        return state == CampaignState.OPEN ? Decision.ALLOWED
                : Decision.refuse("campaign.refused.notOpen", state.name());
    }

    public Decision mayClose() {
        return mayTakePart();
    }

    /** Whether the due date has passed on that business date. */
    public boolean overdueOn(LocalDate day) {
        return state == CampaignState.OPEN && day.isAfter(dueOn);
    }

    Campaign edited(String newTitle, UUID newSubject, CampaignTarget newTarget, LocalDate newDue) {
        mayEdit().orThrow(CampaignRefused::new);
        return new Campaign(id, tenantId, purpose, newTitle, newSubject, newTarget, newDue, state, startedOn, closedAt,
                reminderRound, lastRemindedAt, version);
    }

    Campaign started(LocalDate on) {
        mayStart().orThrow(CampaignRefused::new);
        return new Campaign(id, tenantId, purpose, title, subjectId, target, dueOn, CampaignState.OPEN, on, null,
                reminderRound, lastRemindedAt, version);
    }

    Campaign reminded(Instant at) {
        mayTakePart().orThrow(CampaignRefused::new);
        return new Campaign(id, tenantId, purpose, title, subjectId, target, dueOn, state, startedOn, closedAt,
                reminderRound + 1, at, version);
    }

    Campaign closed(Instant at) {
        mayClose().orThrow(CampaignRefused::new);
        return new Campaign(id, tenantId, purpose, title, subjectId, target, dueOn, CampaignState.CLOSED, startedOn,
                at, reminderRound, lastRemindedAt, version);
    }
}
