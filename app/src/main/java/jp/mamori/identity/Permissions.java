package jp.mamori.identity;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jp.mamori.access.Permission;
import jp.mamori.access.Reach;
import jp.mamori.organization.RoleHolding;
import jp.mamori.organization.SecurityRole;

/**
 * What a person may do, derived from administrator rights and the security roles they hold today
 * (seed 5): the administrator everything; CISO, 副CISO and 統括情報セキュリティ責任者 run the whole tenant
 * (organisation, trail, assets, policy drafting, catalogue, campaigns), and the CISO approves revisions;
 * 情報セキュリティ責任者 their 部局, 情報セキュリティ管理者 their 課 (its assets and their disposal), 情報システム
 * 管理者/担当者 their unit; auditors read everything and the trail; committee members read and approve
 * revisions (recording the committee's decision); CSIRT members read; other staff nothing beyond signing in
 * (they still read the policy documents their disclosure allows and confirm their own acknowledgements).
 * Each appointment grants its permissions with its own reach — a unit role within its unit, a tenant-wide role
 * everywhere — and the grants of several appointments add up permission by permission, so a tenant-wide role never
 * lends its reach to a unit role's permissions. Pure function, so the matrix is tested as a table.
 *
 * @param grants each permission held, with the units it reaches
 */
record Permissions(Map<Permission, Reach> grants) {

    /** CISO, 副CISO and 統括: the organisation, the trail, the asset register, policy drafting, catalogue, campaigns. */
    private static final Set<Permission> LEADERSHIP = EnumSet.of(Permission.ORGANIZATION_VIEW,
            Permission.ORGANIZATION_EDIT, Permission.APPOINTMENT_EDIT, Permission.TRAIL_VIEW, Permission.ASSET_VIEW,
            Permission.ASSET_EDIT, Permission.ASSET_RULES_EDIT, Permission.POLICY_EDIT, Permission.CATALOG_VIEW,
            Permission.CATALOG_EDIT, Permission.ACKNOWLEDGEMENT_MANAGE, Permission.CORRECTION_VIEW,
            Permission.CORRECTION_EDIT, Permission.RISK_VIEW, Permission.RISK_ASSESS, Permission.RISK_SCALE_EDIT,
            Permission.INSPECTION_MANAGE, Permission.AUDIT_VIEW, Permission.INCIDENT_VIEW, Permission.INCIDENT_HANDLE,
            Permission.TRAINING_MANAGE, Permission.SUPPLIER_VIEW, Permission.SUPPLIER_EDIT, Permission.NETWORK_VIEW,
            Permission.NETWORK_EDIT, Permission.GATEWAY_VIEW);

    /** Auditors read everything they audit, and plan and carry out the audits (seed 7). */
    private static final Set<Permission> AUDIT = EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.TRAIL_VIEW,
            Permission.ASSET_VIEW, Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS,
            Permission.AUDIT_MANAGE, Permission.AUDIT_VIEW, Permission.RISK_VIEW, Permission.CORRECTION_VIEW,
            Permission.INSPECTION_PROGRESS, Permission.TRAINING_PROGRESS, Permission.INCIDENT_VIEW,
            Permission.SUPPLIER_VIEW, Permission.NETWORK_VIEW);

    /**
     * Roles tied to a unit, within that unit and its sub-units: the 課's 情報セキュリティ管理者 owns its assets and
     * approves their disposal (seed 4(2), domain: 管理責任); the 部局's 責任者 oversees; system managers keep the
     * register of the systems they run; operators read it.
     */
    private static final Map<SecurityRole, Set<Permission>> UNIT_ROLES = Map.of(
            SecurityRole.DEPARTMENT_SECURITY_OFFICER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS,
                    Permission.RISK_VIEW, Permission.CORRECTION_VIEW, Permission.INSPECTION_PROGRESS,
                    Permission.TRAINING_PROGRESS, Permission.INCIDENT_VIEW, Permission.SUPPLIER_VIEW),
            SecurityRole.SECTION_SECURITY_MANAGER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.ASSET_EDIT, Permission.ASSET_DISPOSAL_APPROVE,
                    Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS, Permission.RISK_VIEW,
                    Permission.RISK_ASSESS, Permission.CORRECTION_VIEW, Permission.CORRECTION_EDIT,
                    Permission.INSPECTION_PROGRESS, Permission.TRAINING_PROGRESS, Permission.INCIDENT_VIEW,
                    Permission.SUPPLIER_VIEW, Permission.SUPPLIER_EDIT),
            SecurityRole.SYSTEM_MANAGER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.ASSET_EDIT, Permission.CATALOG_VIEW, Permission.RISK_VIEW,
                    Permission.RISK_ASSESS, Permission.CORRECTION_VIEW, Permission.INCIDENT_VIEW,
                    Permission.SUPPLIER_VIEW, Permission.NETWORK_VIEW, Permission.NETWORK_EDIT),
            SecurityRole.SYSTEM_OPERATOR, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.NETWORK_VIEW));

    /** Roles that reach the whole tenant, with what each grants there. */
    private static Set<Permission> tenantWide(SecurityRole role) {
        return switch (role) {
            case CISO -> {
                var ciso = EnumSet.copyOf(LEADERSHIP);
                ciso.add(Permission.POLICY_APPROVE);
                ciso.add(Permission.RISK_ACCEPT);
                yield ciso;
            }
            case DEPUTY_CISO -> {
                // The 副CISO is the CISO's standing delegate for accepting risks, not for approving the policy.
                var deputy = EnumSet.copyOf(LEADERSHIP);
                deputy.add(Permission.RISK_ACCEPT);
                yield deputy;
            }
            case GENERAL_SECURITY_OFFICER -> LEADERSHIP;
            case AUDIT_DIRECTOR, AUDITOR -> AUDIT;
            case COMMITTEE_MEMBER -> EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.CATALOG_VIEW,
                    Permission.POLICY_APPROVE, Permission.RISK_VIEW, Permission.AUDIT_VIEW);
            case CSIRT_MEMBER -> EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.CATALOG_VIEW,
                    Permission.INCIDENT_VIEW, Permission.INCIDENT_HANDLE, Permission.GATEWAY_VIEW,
                    Permission.GATEWAY_RELEASE);
            default -> Set.of();
        };
    }

    static Permissions derive(boolean administrator, List<RoleHolding> roles, Function<UUID, Set<UUID>> unitWithDescendants) {
        var grants = new EnumMap<Permission, Reach>(Permission.class);
        if (administrator) {
            // A tenant's administrator runs that tenant, not the installation: INSTALLATION_ADMIN belongs to the
            // installation operators alone (CurrentUsers adds it).
            EnumSet.allOf(Permission.class).stream().filter(permission -> permission != Permission.INSTALLATION_ADMIN)
                    .forEach(permission -> grants.put(permission, Reach.TENANT));
            return new Permissions(grants);
        }
        for (var holding : roles) {
            var unitRole = UNIT_ROLES.get(holding.role());
            if (unitRole == null) {
                grant(grants, tenantWide(holding.role()), Reach.TENANT);
            } else if (holding.unitId() != null) {
                grant(grants, unitRole, Reach.units(unitWithDescendants.apply(holding.unitId())));
            }
        }
        return new Permissions(grants);
    }

    private static void grant(Map<Permission, Reach> grants, Set<Permission> permissions, Reach reach) {
        permissions.forEach(permission -> grants.merge(permission, reach, Reach::plus));
    }

    /** The permissions held, anywhere. */
    Set<Permission> permissions() {
        return grants.keySet();
    }

    /** Where one permission reaches; {@link Reach#NONE} when it is not held. */
    Reach reach(Permission permission) {
        return grants.getOrDefault(permission, Reach.NONE);
    }

    /** Whether the second factor is mandatory: any security role or admin rights, or the tenant says all. */
    static boolean secondFactorRequired(boolean administrator, List<RoleHolding> roles, boolean tenantMfaForAll) {
        return administrator || !roles.isEmpty() || tenantMfaForAll;
    }
}
