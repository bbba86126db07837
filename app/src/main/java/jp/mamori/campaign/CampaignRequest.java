package jp.mamori.campaign;

/** One person's item together with its campaign, for the person's own list. Immutable. */
public record CampaignRequest(Campaign campaign, CampaignItem item) {
}
