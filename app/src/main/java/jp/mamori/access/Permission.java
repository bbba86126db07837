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
    ASSET_RULES_EDIT,
    /**
     * Draft policy documents and their revisions, send them to review, set disclosure and audience. Holders see
     * every document of the tenant, 関係者限り included. Reading documents needs no permission: every signed-in
     * user reads what their disclosure level and audience allow.
     */
    POLICY_EDIT,
    /** Approve or send back a revision under review (the CISO, or a committee member recording its decision). */
    POLICY_APPROVE,
    /** See the measures catalogue, the tenant's statement of applicability and the coverage view; export them. */
    CATALOG_VIEW,
    /** Set each measure's applicability, owner, status, local article number and evidence. */
    CATALOG_EDIT,
    /** Start, remind and close 読了確認 campaigns; see everyone's progress and export it. */
    ACKNOWLEDGEMENT_MANAGE,
    /** See the progress of acknowledgement campaigns for the units within the user's reach. */
    ACKNOWLEDGEMENT_PROGRESS,
    /** See the outgoing-mail outbox and retry or give up deliveries (an administrator's task). */
    MAIL_ADMIN,
    /** Issue and revoke the tenant's service tokens (for machines such as the mail gateway) and see their use. */
    SERVICE_TOKEN_ADMIN,
    /** See corrective actions (改善措置) of the units within reach, and export them. */
    CORRECTION_VIEW,
    /** Record progress on, complete and verify corrective actions (others open them from their modules). */
    CORRECTION_EDIT,
    /** See the risk register, the heat map and the policy-review dossier. */
    RISK_VIEW,
    /** Assess risks and choose their treatment (the assessor never accepts their own assessment). */
    RISK_ASSESS,
    /** Accept a residual risk with a rationale and an expiry date (the CISO or the 副CISO as delegate). */
    RISK_ACCEPT,
    /** Change the tenant's likelihood and impact scales and the risk matrix. */
    RISK_SCALE_EDIT,
    /** Run self-inspection (自己点検) campaigns: questions, targets, reminders, closing, exports. */
    INSPECTION_MANAGE,
    /** See self-inspection answers and progress of the units within reach. */
    INSPECTION_PROGRESS,
    /** Plan and carry out audits (監査): scope, checklist, evidence requests, findings, the report. */
    AUDIT_MANAGE,
    /** Read audit plans, reports and findings. */
    AUDIT_VIEW,
    /** See incidents of the units within reach (every member of staff may report one without a permission). */
    INCIDENT_VIEW,
    /** Triage and handle incidents: severity, response steps, reports to outside bodies, closing. */
    INCIDENT_HANDLE,
    /** Run training (研修) campaigns and the 人事異動 hand-over of roles; see everyone's progress. */
    TRAINING_MANAGE,
    /** See the training progress of the units within reach. */
    TRAINING_PROGRESS,
    /** See contractors (業務委託), cloud services and social-media accounts. */
    SUPPLIER_VIEW,
    /** Register and change contractors, cloud services and social-media accounts, and their checks. */
    SUPPLIER_EDIT,
    /** See the network separation: zones, systems, terminals, flows and their checks. */
    NETWORK_VIEW,
    /** Change the network separation model, its systems, terminals and flows. */
    NETWORK_EDIT,
    /** See the mail gateway's reports and the originals it holds. */
    GATEWAY_VIEW,
    /** Release a held original to its recipient (recorded with a reason). */
    GATEWAY_RELEASE
}
