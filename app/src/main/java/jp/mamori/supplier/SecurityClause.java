package jp.mamori.supplier;

/**
 * One security clause (セキュリティ条項) a contract for outsourced work must contain (seed 6(7), 対策基準 on
 * 業務委託): the checklist a contract is marked against, in the order the guideline lists them.
 */
public enum SecurityClause {
    /** 情報セキュリティポリシー及び実施手順の遵守 */
    POLICY_COMPLIANCE,
    /** 委託先の責任者、委託内容、作業者の所属、作業場所の特定 */
    NAMED_MANAGER_AND_SITE,
    /** 提供されるサービスレベルの保証とアクセス範囲 */
    ACCESS_SCOPE,
    /** 守秘義務 */
    CONFIDENTIALITY,
    /** 目的外利用の禁止 */
    NO_USE_BEYOND_PURPOSE,
    /** 再委託に関する制限事項の遵守（承認） */
    SUBCONTRACTING_APPROVAL,
    /** 委託業務終了時の情報資産の返還、廃棄等 */
    RETURN_OR_DELETION,
    /** 委託業務の定期報告及び緊急時報告義務 */
    REPORTS,
    /** 市区町村による監査、検査 */
    RIGHT_TO_AUDIT,
    /** 契約違反の場合の措置（損害賠償等） */
    REMEDIES
}
