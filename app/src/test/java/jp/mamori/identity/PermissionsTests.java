package jp.mamori.identity;

import static jp.mamori.access.Permission.ACKNOWLEDGEMENT_MANAGE;
import static jp.mamori.access.Permission.AUDIT_MANAGE;
import static jp.mamori.access.Permission.AUDIT_VIEW;
import static jp.mamori.access.Permission.CORRECTION_EDIT;
import static jp.mamori.access.Permission.CORRECTION_VIEW;
import static jp.mamori.access.Permission.GATEWAY_RELEASE;
import static jp.mamori.access.Permission.GATEWAY_VIEW;
import static jp.mamori.access.Permission.INCIDENT_HANDLE;
import static jp.mamori.access.Permission.INCIDENT_VIEW;
import static jp.mamori.access.Permission.INSPECTION_MANAGE;
import static jp.mamori.access.Permission.INSPECTION_PROGRESS;
import static jp.mamori.access.Permission.NETWORK_EDIT;
import static jp.mamori.access.Permission.NETWORK_VIEW;
import static jp.mamori.access.Permission.RISK_ACCEPT;
import static jp.mamori.access.Permission.RISK_ASSESS;
import static jp.mamori.access.Permission.RISK_SCALE_EDIT;
import static jp.mamori.access.Permission.RISK_VIEW;
import static jp.mamori.access.Permission.SUPPLIER_EDIT;
import static jp.mamori.access.Permission.SUPPLIER_VIEW;
import static jp.mamori.access.Permission.TRAINING_MANAGE;
import static jp.mamori.access.Permission.TRAINING_PROGRESS;
import static jp.mamori.access.Permission.ACKNOWLEDGEMENT_PROGRESS;
import static jp.mamori.access.Permission.APPOINTMENT_EDIT;
import static jp.mamori.access.Permission.ASSET_DISPOSAL_APPROVE;
import static jp.mamori.access.Permission.ASSET_EDIT;
import static jp.mamori.access.Permission.ASSET_RULES_EDIT;
import static jp.mamori.access.Permission.ASSET_VIEW;
import static jp.mamori.access.Permission.CATALOG_EDIT;
import static jp.mamori.access.Permission.CATALOG_VIEW;
import static jp.mamori.access.Permission.ORGANIZATION_EDIT;
import static jp.mamori.access.Permission.ORGANIZATION_VIEW;
import static jp.mamori.access.Permission.POLICY_APPROVE;
import static jp.mamori.access.Permission.POLICY_EDIT;
import static jp.mamori.access.Permission.TRAIL_VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jp.mamori.access.Permission;
import jp.mamori.access.Reach;
import jp.mamori.organization.RoleHolding;
import jp.mamori.organization.SecurityRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission matrix, role by role. */
class PermissionsTests {

    static final UUID DEPARTMENT = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID SECTION = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID SUBSECTION = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    static Set<UUID> reach(UUID unit) {
        return unit.equals(DEPARTMENT) ? Set.of(DEPARTMENT, SECTION, SUBSECTION)
                : unit.equals(SECTION) ? Set.of(SECTION, SUBSECTION) : Set.of(unit);
    }

    static Stream<Arguments> matrix() {
        var leadership = EnumSet.of(ORGANIZATION_VIEW, ORGANIZATION_EDIT, APPOINTMENT_EDIT, TRAIL_VIEW, ASSET_VIEW,
                ASSET_EDIT, ASSET_RULES_EDIT, POLICY_EDIT, CATALOG_VIEW, CATALOG_EDIT, ACKNOWLEDGEMENT_MANAGE,
                CORRECTION_VIEW, CORRECTION_EDIT, RISK_VIEW, RISK_ASSESS, RISK_SCALE_EDIT, INSPECTION_MANAGE,
                AUDIT_VIEW, INCIDENT_VIEW, INCIDENT_HANDLE, TRAINING_MANAGE, SUPPLIER_VIEW, SUPPLIER_EDIT,
                NETWORK_VIEW, NETWORK_EDIT, GATEWAY_VIEW);
        var ciso = EnumSet.copyOf(leadership);
        ciso.add(POLICY_APPROVE);
        ciso.add(RISK_ACCEPT);
        var deputy = EnumSet.copyOf(leadership);
        deputy.add(RISK_ACCEPT);
        var auditor = EnumSet.of(ORGANIZATION_VIEW, TRAIL_VIEW, ASSET_VIEW, CATALOG_VIEW, ACKNOWLEDGEMENT_PROGRESS,
                AUDIT_MANAGE, AUDIT_VIEW, RISK_VIEW, CORRECTION_VIEW, INSPECTION_PROGRESS, TRAINING_PROGRESS,
                INCIDENT_VIEW, SUPPLIER_VIEW, NETWORK_VIEW);
        return Stream.of(
                Arguments.of(SecurityRole.CISO, null, ciso, true, Set.of()),
                Arguments.of(SecurityRole.DEPUTY_CISO, null, deputy, true, Set.of()),
                Arguments.of(SecurityRole.GENERAL_SECURITY_OFFICER, null, leadership, true, Set.of()),
                Arguments.of(SecurityRole.DEPARTMENT_SECURITY_OFFICER, DEPARTMENT,
                        EnumSet.of(ORGANIZATION_VIEW, ASSET_VIEW, CATALOG_VIEW, ACKNOWLEDGEMENT_PROGRESS, RISK_VIEW,
                                CORRECTION_VIEW, INSPECTION_PROGRESS, TRAINING_PROGRESS, INCIDENT_VIEW, SUPPLIER_VIEW),
                        false, Set.of(DEPARTMENT, SECTION, SUBSECTION)),
                Arguments.of(SecurityRole.SECTION_SECURITY_MANAGER, SECTION, EnumSet.of(ORGANIZATION_VIEW, ASSET_VIEW,
                        ASSET_EDIT, ASSET_DISPOSAL_APPROVE, CATALOG_VIEW, ACKNOWLEDGEMENT_PROGRESS, RISK_VIEW,
                        RISK_ASSESS, CORRECTION_VIEW, CORRECTION_EDIT, INSPECTION_PROGRESS, TRAINING_PROGRESS,
                        INCIDENT_VIEW, SUPPLIER_VIEW, SUPPLIER_EDIT), false,
                        Set.of(SECTION, SUBSECTION)),
                Arguments.of(SecurityRole.SYSTEM_MANAGER, SUBSECTION,
                        EnumSet.of(ORGANIZATION_VIEW, ASSET_VIEW, ASSET_EDIT, CATALOG_VIEW, RISK_VIEW, RISK_ASSESS,
                                CORRECTION_VIEW, INCIDENT_VIEW, SUPPLIER_VIEW, NETWORK_VIEW, NETWORK_EDIT),
                        false, Set.of(SUBSECTION)),
                Arguments.of(SecurityRole.SYSTEM_OPERATOR, SUBSECTION,
                        EnumSet.of(ORGANIZATION_VIEW, ASSET_VIEW, NETWORK_VIEW), false, Set.of(SUBSECTION)),
                Arguments.of(SecurityRole.AUDIT_DIRECTOR, null, auditor, true, Set.of()),
                Arguments.of(SecurityRole.AUDITOR, null, auditor, true, Set.of()),
                Arguments.of(SecurityRole.COMMITTEE_MEMBER, null, EnumSet.of(ORGANIZATION_VIEW, CATALOG_VIEW,
                        POLICY_APPROVE, RISK_VIEW, AUDIT_VIEW), true, Set.of()),
                Arguments.of(SecurityRole.CSIRT_MEMBER, null, EnumSet.of(ORGANIZATION_VIEW, CATALOG_VIEW,
                        INCIDENT_VIEW, INCIDENT_HANDLE, GATEWAY_VIEW, GATEWAY_RELEASE), true, Set.of()));
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void eachRoleGrantsItsRow(SecurityRole role, UUID unit, Set<Permission> expected, boolean tenantWide, Set<UUID> scope) {
        var derived = Permissions.derive(false, List.of(new RoleHolding(role, unit)), PermissionsTests::reach);
        assertThat(derived.permissions()).isEqualTo(expected);
        var reach = tenantWide ? Reach.TENANT : Reach.units(scope);
        assertThat(expected).allSatisfy(permission -> assertThat(derived.reach(permission)).isEqualTo(reach));
        assertThat(derived.permissions()).doesNotContain(Permission.ACCOUNT_ADMIN, Permission.INSTALLATION_ADMIN,
                Permission.TENANT_SETTINGS, Permission.MAIL_ADMIN);
    }

    @Test
    void everyRoleIsInTheMatrix() {
        assertThat(matrix().map(a -> a.get()[0])).containsExactlyInAnyOrder((Object[]) SecurityRole.values());
    }

    @Test
    void anAdministratorMayDoEverythingInTheTenantButNotRunTheInstallation() {
        var derived = Permissions.derive(true, List.of(), PermissionsTests::reach);
        assertThat(derived.permissions()).doesNotContain(Permission.INSTALLATION_ADMIN)
                .containsAll(java.util.Arrays.stream(Permission.values())
                        .filter(p -> p != Permission.INSTALLATION_ADMIN).toList());
        assertThat(derived.permissions()).allSatisfy(p -> assertThat(derived.reach(p)).isEqualTo(Reach.TENANT));
    }

    @Test
    void plainStaffGetNothingBeyondSigningIn() {
        var derived = Permissions.derive(false, List.of(), PermissionsTests::reach);
        assertThat(derived.permissions()).isEmpty();
        assertThat(derived.reach(ASSET_VIEW)).isEqualTo(Reach.NONE);
    }

    @Test
    void reachesOfSeveralRolesAddUpPermissionByPermission() {
        var derived = Permissions.derive(false, List.of(new RoleHolding(SecurityRole.SECTION_SECURITY_MANAGER, SECTION),
                new RoleHolding(SecurityRole.SYSTEM_MANAGER, DEPARTMENT)), PermissionsTests::reach);
        assertThat(derived.reach(ASSET_EDIT)).isEqualTo(Reach.units(Set.of(DEPARTMENT, SECTION, SUBSECTION)));
        // Only the section manager approves disposals: the system manager's department does not widen it.
        assertThat(derived.reach(ASSET_DISPOSAL_APPROVE)).isEqualTo(Reach.units(Set.of(SECTION, SUBSECTION)));
    }

    @Test
    void aTenantWideRoleDoesNotCarryAUnitRolesWritePermissionOutsideTheUnit() {
        var derived = Permissions.derive(false, List.of(new RoleHolding(SecurityRole.CSIRT_MEMBER, null),
                new RoleHolding(SecurityRole.SYSTEM_MANAGER, SUBSECTION)), PermissionsTests::reach);
        assertThat(derived.reach(ASSET_EDIT).covers(DEPARTMENT)).isFalse();
        assertThat(derived.reach(ASSET_EDIT).covers(SUBSECTION)).isTrue();
        assertThat(derived.reach(ORGANIZATION_VIEW)).isEqualTo(Reach.TENANT);
        var user = new jp.mamori.access.CurrentUser(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "兼務 者",
                derived.grants());
        assertThat(user.can(ASSET_EDIT, DEPARTMENT)).isFalse();
        assertThat(user.can(ASSET_EDIT, SUBSECTION)).isTrue();
        assertThat(user.can(CATALOG_VIEW, DEPARTMENT)).isTrue();
    }

    @Test
    void theSecondFactorIsMandatoryForRolesAdminsAndWhenTheTenantSaysSo() {
        assertThat(Permissions.secondFactorRequired(false, List.of(), false)).isFalse();
        assertThat(Permissions.secondFactorRequired(true, List.of(), false)).isTrue();
        assertThat(Permissions.secondFactorRequired(false, List.of(new RoleHolding(SecurityRole.AUDITOR, null)), false)).isTrue();
        assertThat(Permissions.secondFactorRequired(false, List.of(), true)).isTrue();
    }
}
