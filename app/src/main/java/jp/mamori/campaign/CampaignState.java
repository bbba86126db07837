package jp.mamori.campaign;

/** Where a campaign is: being prepared, open for answers, or closed. */
public enum CampaignState {
    DRAFT,
    OPEN,
    CLOSED
}
