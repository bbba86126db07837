package jp.mamori.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.Decision;

/**
 * A 読了確認 campaign: asks the targeted staff to read one approved policy revision by a due date. Drafted, then
 * started (which takes the snapshot of whom it asks), reminded, and closed. Transitions check their precondition
 * and name the state they found; each returns the changed campaign. Immutable.
 *
 * @param reminderRound how many reminder rounds were sent; the next round's mails have keys of their own
 * @param version for optimistic locking
 */
record AcknowledgementCampaign(UUID id, UUID tenantId, String title, UUID revisionId, CampaignTarget target,
        LocalDate dueOn, CampaignState state, LocalDate startedOn, Instant closedAt, int reminderRound, long version) {

    static final int MAX_TITLE = 200;

    AcknowledgementCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
    }

    static AcknowledgementCampaign draft(UUID tenantId, String title, UUID revisionId, CampaignTarget target,
            LocalDate dueOn) {
        return new AcknowledgementCampaign(UUID.randomUUID(), tenantId, title, revisionId, target, dueOn,
                CampaignState.DRAFT, null, null, 0, 0);
    }

    Decision mayEdit() {
        return state == CampaignState.DRAFT ? Decision.ALLOWED
                : Decision.refuse("acknowledgement.refused.notDraft", state.name());
    }

    /** Starting needs a draft and a target; that the target matches someone is checked with the snapshot. */
    Decision mayStart() {
        if (state != CampaignState.DRAFT) {
            return Decision.refuse("acknowledgement.refused.notDraft", state.name());
        }
        return target.defined() ? Decision.ALLOWED : Decision.refuse("acknowledgement.refused.noTarget");
    }

    /** Reminding, adding newly targeted staff and confirming need an open campaign. */
    Decision mayTakePart() {
        return state == CampaignState.OPEN ? Decision.ALLOWED
                : Decision.refuse("acknowledgement.refused.notOpen", state.name());
    }

    Decision mayClose() {
        return mayTakePart();
    }

    AcknowledgementCampaign edited(String newTitle, UUID newRevision, CampaignTarget newTarget, LocalDate newDue) {
        mayEdit().orThrow(AcknowledgementRefused::new);
        return new AcknowledgementCampaign(id, tenantId, newTitle, newRevision, newTarget, newDue, state, startedOn,
                closedAt, reminderRound, version);
    }

    AcknowledgementCampaign started(LocalDate on) {
        mayStart().orThrow(AcknowledgementRefused::new);
        return new AcknowledgementCampaign(id, tenantId, title, revisionId, target, dueOn, CampaignState.OPEN, on,
                null, reminderRound, version);
    }

    AcknowledgementCampaign reminded() {
        mayTakePart().orThrow(AcknowledgementRefused::new);
        return new AcknowledgementCampaign(id, tenantId, title, revisionId, target, dueOn, state, startedOn, closedAt,
                reminderRound + 1, version);
    }

    AcknowledgementCampaign closed(Instant at) {
        mayClose().orThrow(AcknowledgementRefused::new);
        return new AcknowledgementCampaign(id, tenantId, title, revisionId, target, dueOn, CampaignState.CLOSED,
                startedOn, at, reminderRound, version);
    }
}
