package jp.mamori.acknowledgement;

import java.time.LocalDate;
import java.util.UUID;

import jp.mamori.campaign.CampaignTarget;
import jp.mamori.campaign.NewCampaign;

/** What a manager enters for a campaign: title, the revision to read, the target and the due date. Immutable. */
record CampaignDraft(String title, UUID revisionId, CampaignTarget target, LocalDate dueOn) {

    NewCampaign toCampaign() {
        return new NewCampaign(AcknowledgementPurpose.NAME, title, revisionId, target, dueOn);
    }
}
