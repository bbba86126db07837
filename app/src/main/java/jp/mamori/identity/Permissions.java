package jp.mamori.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jp.mamori.access.Permission;
import jp.mamori.organization.RoleHolding;

/**
 * What a person may do, derived from administrator rights and the security roles they hold today
 * (seed 5): the administrator everything; CISO, 副CISO and 統括情報セキュリティ責任者 the whole tenant's
 * organisation and trail; 情報セキュリティ責任者 their 部局, 情報セキュリティ管理者 their 課, 情報システム
 * 管理者/担当者 their unit (view); auditors view and the trail; committee and CSIRT members view; other staff
 * nothing beyond signing in. Pure function, so the matrix is tested as a table.
 *
 * @param permissions what they may do
 * @param tenantWide whether it reaches every unit of the tenant
 * @param unitScope the units (with sub-units) it reaches otherwise
 */
record Permissions(Set<Permission> permissions, boolean tenantWide, Set<UUID> unitScope) {

    static Permissions derive(boolean administrator, List<RoleHolding> roles, Function<UUID, Set<UUID>> unitWithDescendants) {
        if (administrator) {
            return new Permissions(EnumSet.allOf(Permission.class), true, Set.of());
        }
        var permissions = EnumSet.noneOf(Permission.class);
        var tenantWide = false;
        var scope = new HashSet<UUID>();
        for (var holding : roles) {
            switch (holding.role()) {
                case CISO, DEPUTY_CISO, GENERAL_SECURITY_OFFICER -> {
                    permissions.addAll(EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.ORGANIZATION_EDIT,
                            Permission.APPOINTMENT_EDIT, Permission.TRAIL_VIEW));
                    tenantWide = true;
                }
                case AUDIT_DIRECTOR, AUDITOR -> {
                    permissions.addAll(EnumSet.of(Permission.ORGANIZATION_VIEW, Permission.TRAIL_VIEW));
                    tenantWide = true;
                }
                case COMMITTEE_MEMBER, CSIRT_MEMBER -> {
                    permissions.add(Permission.ORGANIZATION_VIEW);
                    tenantWide = true;
                }
                case DEPARTMENT_SECURITY_OFFICER, SECTION_SECURITY_MANAGER, SYSTEM_MANAGER, SYSTEM_OPERATOR -> {
                    permissions.add(Permission.ORGANIZATION_VIEW);
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

    /** The roles that count on a day; for the derivation's callers. */
    static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
    }
}
