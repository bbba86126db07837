package jp.mamori.incident;

/**
 * The steps of the reporting chain an incident is escalated up (seed 6(6); domain: 管理者 → 責任者 / 統括 → CISO):
 * the 課's 情報セキュリティ管理者, then the 部局's 情報セキュリティ責任者 with the 統括情報セキュリティ責任者, then the
 * CISO and 副CISO. Who holds each comes from the appointments on the day.
 */
public enum Escalation {
    /** 情報セキュリティ管理者 of the incident's 課 */
    MANAGER,
    /** 情報セキュリティ責任者 of the 部局 above it, and the 統括情報セキュリティ責任者 */
    OFFICER,
    /** CISO and 副CISO */
    CISO
}
