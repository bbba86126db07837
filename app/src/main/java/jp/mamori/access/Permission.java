package jp.mamori.access;

/**
 * A thing a signed-in user may do. Roles (security-role appointments and administrator rights) grant
 * sets of permissions; the identity module derives them. Later modules add their own constants here.
 */
public enum Permission {
    /** See the organisation: units, staff, appointments, the security organisation chart. */
    ORGANIZATION_VIEW,
    /** Change units and staff, import from an HR export. */
    ORGANIZATION_EDIT,
    /** Appoint and end security roles. */
    APPOINTMENT_EDIT,
    /** Change the tenant's own settings (scheme edition, separation model, MFA for all). */
    TENANT_SETTINGS,
    /** Create accounts, reset factors, end sessions of others. */
    ACCOUNT_ADMIN,
    /** Read the audit trail and export it. */
    TRAIL_VIEW,
    /** Manage tenants of the installation (a hosting provider's operator). */
    INSTALLATION_ADMIN,
    /** See the 情報資産台帳 (within the user's units), its handling rules and consistency findings; export it. */
    ASSET_VIEW,
    /** Register, edit, classify and import information assets; request their disposal. */
    ASSET_EDIT,
    /** Approve the disposal of an asset of 機密性 2 or above (the asset's 情報セキュリティ管理者). */
    ASSET_DISPOSAL_APPROVE,
    /** Change the tenant's handling rules (取扱制限) and map assets after a classification scheme switch. */
    ASSET_RULES_EDIT
}
