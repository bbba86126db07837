package jp.mamori.risk;

/** Where a risk is: 下書き (from an intake, not assessed), 評価済み, 受容済み, 要見直し (an acceptance expired or voided). */
public enum RiskStatus {
    DRAFT, ASSESSED, ACCEPTED, REVIEW
}
