package jp.mamori.organization;

/** The kind of a staff member (職員等): 職員, 会計年度任用職員, 派遣, 委託事業者. */
public enum StaffKind {
    /** 職員 */
    REGULAR,
    /** 会計年度任用職員 (the former 非常勤・臨時職員) */
    FISCAL_YEAR_APPOINTED,
    /** 派遣職員 */
    DISPATCHED,
    /** 委託事業者の従業者 */
    CONTRACTOR
}
