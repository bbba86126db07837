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
    INSTALLATION_ADMIN
}
