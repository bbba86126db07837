package jp.mamori.campaign;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a using module enters for a campaign: its purpose, the title, what it is about, the target and the due date.
 * Checked by {@link CampaignEngine#create}. Immutable.
 */
public record NewCampaign(String purpose, String title, UUID subjectId, CampaignTarget target, LocalDate dueOn) {
}
