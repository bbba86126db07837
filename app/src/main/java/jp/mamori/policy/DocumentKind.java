package jp.mamori.policy;

/** The kind of a policy document: the three tiers of seed 9 and 10, and the related documents. */
public enum DocumentKind {
    /** 情報セキュリティ基本方針 */
    BASIC_POLICY,
    /** 情報セキュリティ対策基準 */
    STANDARD,
    /** 情報セキュリティ実施手順 — never public (seed 10) */
    PROCEDURE,
    /** 緊急時対応計画 (seed 6(6)) */
    EMERGENCY_RESPONSE_PLAN,
    /** ソーシャルメディア運用手順 (seed 6(7)) */
    SOCIAL_MEDIA_PROCEDURE,
    /** その他の関係規程 */
    OTHER
}
