package jp.mamori.organization;

/**
 * A role in the information security organisation (seed 5) to which a staff member is appointed, dated.
 * Some roles belong to a unit ({@link #needsUnit()}): 情報セキュリティ責任者 to a 部局, 管理者 to a 課,
 * 情報システム管理者/担当者 to the unit that runs the system; the others are tenant-wide.
 */
public enum SecurityRole {
    /** 最高情報セキュリティ責任者 (CISO) */
    CISO(false, true),
    /** 副CISO */
    DEPUTY_CISO(false, true),
    /** 統括情報セキュリティ責任者 */
    GENERAL_SECURITY_OFFICER(false, true),
    /** 情報セキュリティ責任者 (per 部局) */
    DEPARTMENT_SECURITY_OFFICER(true, false),
    /** 情報セキュリティ管理者 (per 課) */
    SECTION_SECURITY_MANAGER(true, false),
    /** 情報システム管理者 */
    SYSTEM_MANAGER(true, false),
    /** 情報システム担当者 */
    SYSTEM_OPERATOR(true, false),
    /** 情報セキュリティ委員会 委員 */
    COMMITTEE_MEMBER(false, false),
    /** CSIRT 要員 */
    CSIRT_MEMBER(false, false),
    /** 情報セキュリティ監査統括責任者 */
    AUDIT_DIRECTOR(false, false),
    /** 監査人 */
    AUDITOR(false, false);

    private final boolean needsUnit;
    private final boolean tenantWide;

    SecurityRole(boolean needsUnit, boolean tenantWide) {
        this.needsUnit = needsUnit;
        this.tenantWide = tenantWide;
    }

    /** Whether an appointment to this role names a unit (a 部局 or a 課); false means tenant-wide. */
    public boolean needsUnit() {
        return needsUnit;
    }

    /**
     * Whether the holder oversees every unit of the tenant (CISO, 副CISO, 統括), so that permissions derived
     * from the role reach all of it; other roles reach their appointment's unit and its sub-units.
     */
    public boolean oversightOfWholeTenant() {
        return tenantWide;
    }
}
