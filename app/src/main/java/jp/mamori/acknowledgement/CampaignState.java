package jp.mamori.acknowledgement;

/** Where a campaign is: being prepared, open for confirmations, or closed. */
enum CampaignState {
    DRAFT,
    OPEN,
    CLOSED
}
