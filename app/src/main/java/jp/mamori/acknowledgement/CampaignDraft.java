package jp.mamori.acknowledgement;

import java.time.LocalDate;
import java.util.UUID;

/** What a manager enters for a campaign: title, the revision to read, the target and the due date. Immutable. */
record CampaignDraft(String title, UUID revisionId, CampaignTarget target, LocalDate dueOn) {
}
