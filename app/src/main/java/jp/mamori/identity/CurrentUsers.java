package jp.mamori.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.mamori.access.CurrentUser;
import jp.mamori.organization.Organization;
import jp.mamori.organization.RoleHolding;
import jp.mamori.tenant.Tenants;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link CurrentUser} of an account from the organisation as it stands today: the staff member's
 * name, the roles they hold and the units those reach. Days are Japan's (Asia/Tokyo): an appointment that
 * starts on 4月1日 counts from midnight there.
 */
@Component
class CurrentUsers {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Organization organization;
    private final Tenants tenants;
    private final Clock clock;
    private final Accounts accounts;

    CurrentUsers(Organization organization, Tenants tenants, Clock clock, Accounts accounts) {
        this.organization = organization;
        this.tenants = tenants;
        this.clock = clock;
        this.accounts = accounts;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JAPAN);
    }

    boolean staffActive(Account account) {
        return organization.staffMember(account.tenantId(), account.staffId())
                .map(staff -> staff.activeOn(today())).orElse(false);
    }

    boolean secondFactorRequired(Account account) {
        var mfaForAll = tenants.find(account.tenantId()).map(t -> t.mfaForAll()).orElse(true);
        return Permissions.secondFactorRequired(account.administrator(), roles(account), mfaForAll);
    }

    SignedInAuthentication signIn(Account account, Instant at) {
        var today = today();
        return new SignedInAuthentication(user(account, today), at, account.authzVersion(), today, false);
    }

    SignedInAuthentication viaToken(Account account) {
        var today = today();
        return new SignedInAuthentication(user(account, today), clock.instant(), account.authzVersion(), today, true);
    }

    CurrentUser user(Account account, LocalDate on) {
        var staff = organization.staffMember(account.tenantId(), account.staffId());
        var roles = organization.rolesHeld(account.tenantId(), account.staffId(), on);
        var permissions = Permissions.derive(account.administrator(), roles,
                unit -> organization.unitWithDescendants(account.tenantId(), unit));
        var granted = java.util.EnumSet.noneOf(jp.mamori.access.Permission.class);
        granted.addAll(permissions.permissions());
        if (accounts.installationOperator(account.id())) {
            granted.add(jp.mamori.access.Permission.INSTALLATION_ADMIN);
        }
        return new CurrentUser(account.id(), account.staffId(), account.tenantId(),
                staff.map(s -> s.name()).orElse(account.loginName()),
                granted, permissions.tenantWide(), permissions.unitScope());
    }

    private List<RoleHolding> roles(Account account) {
        return organization.rolesHeld(account.tenantId(), account.staffId(), today());
    }
}
