package jp.mamori.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.organization.Organization;
import jp.mamori.organization.RoleHolding;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.tenant.Tenants;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link CurrentUser} of an account from the organisation as it stands today: the staff member's
 * name, the roles they hold and the units those reach. Days are the tenant's ({@link TenantCalendar}): an
 * appointment that starts on 4月1日 counts from midnight in the tenant's zone.
 */
@Component
class CurrentUsers {

    private final Organization organization;
    private final Tenants tenants;
    private final TenantCalendar calendar;

    CurrentUsers(Organization organization, Tenants tenants, TenantCalendar calendar) {
        this.organization = organization;
        this.tenants = tenants;
        this.calendar = calendar;
    }

    LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    boolean staffActive(Account account) {
        return organization.staffMember(account.tenantId(), account.staffId())
                .map(staff -> staff.activeOn(today(account.tenantId()))).orElse(false);
    }

    boolean secondFactorRequired(Account account) {
        var mfaForAll = tenants.find(account.tenantId()).map(t -> t.mfaForAll()).orElse(true);
        return Permissions.secondFactorRequired(account.administrator(), roles(account), mfaForAll);
    }

    SignedInAuthentication signIn(Account account, Instant at) {
        var today = today(account.tenantId());
        return new SignedInAuthentication(user(account, today), at, account.authzVersion(), today, false);
    }

    SignedInAuthentication viaToken(Account account) {
        var today = today(account.tenantId());
        return new SignedInAuthentication(user(account, today), calendar.now(), account.authzVersion(), today, true);
    }

    CurrentUser user(Account account, LocalDate on) {
        var staff = organization.staffMember(account.tenantId(), account.staffId());
        var roles = organization.rolesHeld(account.tenantId(), account.staffId(), on);
        var permissions = Permissions.derive(account.administrator(), roles,
                unit -> organization.unitWithDescendants(account.tenantId(), unit));
        return new CurrentUser(account.id(), account.staffId(), account.tenantId(),
                staff.map(s -> s.name()).orElse(account.loginName()),
                permissions.permissions(), permissions.tenantWide(), permissions.unitScope());
    }

    private List<RoleHolding> roles(Account account) {
        return organization.rolesHeld(account.tenantId(), account.staffId(), today(account.tenantId()));
    }
}
