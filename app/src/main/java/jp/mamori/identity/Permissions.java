package jp.mamori.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jp.mamori.access.Permission;
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
 * Pure function, so the matrix is tested as a table.
 *
 * @param permissions what they may do
 * @param tenantWide whether it reaches every unit of the tenant
 * @param unitScope the units (with sub-units) it reaches otherwise
 */
record Permissions(Set<Permission> permissions, boolean tenantWide, Set<UUID> unitScope) {

    /** CISO, 副CISO and 統括: the organisation, the trail, the asset register, policy drafting, catalogue, campaigns. */
    private static final Set<Permission> LEADERSHIP = EnumSet.of(Permission.ORGANIZATION_VIEW,
            Permission.ORGANIZATION_EDIT, Permission.APPOINTMENT_EDIT, Permission.TRAIL_VIEW, Permission.ASSET_VIEW,
            Permission.ASSET_EDIT, Permission.ASSET_RULES_EDIT, Permission.POLICY_EDIT, Permission.CATALOG_VIEW,
            Permission.CATALOG_EDIT, Permission.ACKNOWLEDGEMENT_MANAGE);

    /**
     * Roles tied to a unit, within that unit and its sub-units: the 課's 情報セキュリティ管理者 owns its assets and
     * approves their disposal (seed 4(2), domain: 管理責任); the 部局's 責任者 oversees; system managers keep the
     * register of the systems they run; operators read it.
     */
    private static final Map<SecurityRole, Set<Permission>> UNIT_ROLES = Map.of(
            SecurityRole.DEPARTMENT_SECURITY_OFFICER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS),
            SecurityRole.SECTION_SECURITY_MANAGER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.ASSET_EDIT, Permission.ASSET_DISPOSAL_APPROVE,
                    Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS),
            SecurityRole.SYSTEM_MANAGER, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW, Permission.ASSET_EDIT, Permission.CATALOG_VIEW),
            SecurityRole.SYSTEM_OPERATOR, EnumSet.of(Permission.ORGANIZATION_VIEW,
                    Permission.ASSET_VIEW));

    static Permissions derive(boolean administrator, List<RoleHolding> roles, Function<UUID, Set<UUID>> unitWithDescendants) {
        if (administrator) {
            return new Permissions(EnumSet.allOf(Permission.class), true, Set.of());
        }
        var permissions = EnumSet.noneOf(Permission.class);
        var tenantWide = false;
        var scope = new HashSet<UUID>();
        for (var holding : roles) {
            switch (holding.role()) {
                case CISO -> {
                    permissions.addAll(LEADERSHIP);
                    permissions.add(Permission.POLICY_APPROVE);
                    tenantWide = true;
                }
                case DEPUTY_CISO, GENERAL_SECURITY_OFFICER -> {
                    permissions.addAll(LEADERSHIP);
                    tenantWide = true;
                }
                case AUDIT_DIRECTOR, AUDITOR -> {
                    permissions.addAll(EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.TRAIL_VIEW,
                            Permission.ASSET_VIEW, Permission.CATALOG_VIEW, Permission.ACKNOWLEDGEMENT_PROGRESS));
                    tenantWide = true;
                }
                case COMMITTEE_MEMBER -> {
                    permissions.addAll(EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.CATALOG_VIEW,
                            Permission.POLICY_APPROVE));
                    tenantWide = true;
                }
                case CSIRT_MEMBER -> {
                    permissions.addAll(EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.CATALOG_VIEW));
                    tenantWide = true;
                }
                case DEPARTMENT_SECURITY_OFFICER, SECTION_SECURITY_MANAGER, SYSTEM_MANAGER, SYSTEM_OPERATOR -> {
                    permissions.addAll(UNIT_ROLES.get(holding.role()));
                    if (holding.unitId() != null) {
                        scope.addAll(unitWithDescendants.apply(holding.unitId()));
                    }
                }
            }
        }
        return new Permissions(permissions, tenantWide, tenantWide ? Set.of() : scope);
    }

    /** Whether the second factor is mandatory: any security role or admin rights, or the tenant says all. */
    static boolean secondFactorRequired(boolean administrator, List<RoleHolding> roles, boolean tenantMfaForAll) {
        return administrator || !roles.isEmpty() || tenantMfaForAll;
    }
}
