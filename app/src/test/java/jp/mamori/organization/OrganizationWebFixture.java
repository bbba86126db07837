package jp.mamori.organization;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.TenantRegistration;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signed-in users and a second tenant for web tests of the organisation pages. */
final class OrganizationWebFixture {

    private OrganizationWebFixture() {
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    static CurrentUser user(UUID tenantId, Set<Permission> permissions) {
        return new CurrentUser(UUID.randomUUID(), null, tenantId, "テスト 利用者", permissions, true, Set.of());
    }

    static CurrentUser admin(UUID tenantId) {
        return user(tenantId, EnumSet.allOf(Permission.class));
    }

    static CurrentUser viewer(UUID tenantId) {
        return user(tenantId, EnumSet.of(Permission.ORGANIZATION_VIEW));
    }

    static CurrentUser scoped(UUID tenantId, Set<UUID> units, Permission... permissions) {
        var set = EnumSet.of(Permission.ORGANIZATION_VIEW, permissions);
        return new CurrentUser(UUID.randomUUID(), null, tenantId, "範囲 限定", set, false, units);
    }

    /** Registers another tenant with a small organisation; returns its fixture (ids of its units and staff). */
    static OrganizationFixture otherTenant(TransactionTemplate transactions, TenantRegistration registration,
            OrgUnits units, StaffRegister staff, Appointments appointments, String fiveDigits) {
        return transactions.execute(status -> {
            var tenant = registration.register("テスト村", "てすとむら", "Test Village",
                    LocalGovernmentCode.withCheckDigit(fiveDigits), ClassificationScheme.LEGACY, SeparationModel.ALPHA,
                    false);
            return OrganizationFixture.of(tenant.id())
                    .staffedSection("100", "総務課", "1").person("2", "100")
                    .appoint("2", SecurityRole.CSIRT_MEMBER, null)
                    .storeIn(units, staff, appointments);
        });
    }
}
