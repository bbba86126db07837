package jp.mamori.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.organization.Organization;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.UnitSummary;
import jp.mamori.web.Messages;
import jp.mamori.kernel.Decision;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the tenant's accounts: lift a sign-in delay, end someone's sessions, remove a
 * lost second factor (the person enrols again at their next sign-in), disable and enable an account; and the
 * staff without an account, with the open invitations ({@link InvitationAdminController}). Each action is in
 * the trail.
 */
@Controller
@RequiresPermission(Permission.ACCOUNT_ADMIN)
class AccountAdminController {

    private final Accounts accounts;
    private final AccountManagement management;
    private final AccountInvitations invitations;
    private final Organization organization;
    private final Messages messages;
    private final Clock clock;

    AccountAdminController(Accounts accounts, AccountManagement management, AccountInvitations invitations,
            Organization organization, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.management = management;
        this.invitations = invitations;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** One account; {@code disabling} says whether the viewer may disable it, or why not. */
    record Row(UUID id, String loginName, String staffName, boolean administrator, boolean enabled, boolean totp,
            boolean locked, int failedStreak, long version, Decision disabling) {
    }

    /** One open invitation as the list shows it. */
    record OpenRow(UUID id, String staffName, String staffNumber, String mailedTo, Invitation invitation,
            String mailState) {

        /** The link may be shown to hand over while its mail has not gone out (and will not go out after). */
        public boolean mayHandOver() {
            return mailedTo != null && AccountInvitations.handOverPossible(mailState);
        }
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var now = clock.instant();
        model.addAttribute("accounts", accounts.ofTenant(user.tenantId()).stream()
                .map(a -> new Row(a.id(), a.loginName(), staffName(a.tenantId(), a.staffId()), a.administrator(),
                        a.enabled(), a.enrolledInTotp(), a.lockedAt(now), a.failedStreak(), a.version(),
                        AccountManagement.mayDisable(user.accountId(), a.id())))
                .toList());
        model.addAttribute("invitations", invitations.open(user.tenantId()).stream()
                .map(i -> {
                    var staff = organization.staffMember(user.tenantId(), i.staffId());
                    return new OpenRow(i.id(), staff.map(StaffMember::name).orElse(""),
                            staff.map(StaffMember::staffNumber).orElse(""), i.mailedTo(), i,
                            invitations.mailState(user.tenantId(), i.id()));
                })
                .toList());
        var candidates = invitations.withoutAccount(user.tenantId(), unitId);
        var pageNumber = ResultPage.clampPage(page);
        var pageSize = ResultPage.clampSize(size);
        var from = (int) Math.min((long) pageNumber * pageSize, candidates.size());
        var to = Math.min(from + pageSize, candidates.size());
        model.addAttribute("candidates", new ResultPage<>(candidates.subList(from, to), pageNumber, pageSize,
                candidates.size()));
        model.addAttribute("uninvited", candidates.stream().filter(c -> !c.invited()).count());
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", units(user.tenantId()));
        return "identity/admin-accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        management.unlock(CurrentUser.require().tenantId(), id);
        return done(redirect, "identity.admin.unlocked");
    }

    @PostMapping("/admin/accounts/{id}/end-sessions")
    String endSessions(@PathVariable UUID id, RedirectAttributes redirect) {
        management.endSessions(CurrentUser.require().tenantId(), id);
        return done(redirect, "identity.admin.sessionsEnded");
    }

    @PostMapping("/admin/accounts/{id}/reset-second-factor")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        management.resetSecondFactor(CurrentUser.require().tenantId(), id);
        return done(redirect, "identity.admin.secondFactorReset");
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        management.disable(user.tenantId(), user.accountId(), id, version);
        return done(redirect, "identity.admin.accountDisabled");
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        management.enable(CurrentUser.require().tenantId(), id, version);
        return done(redirect, "identity.admin.accountEnabled");
    }

    /** The tenant's units in code order, by id, for the filter and the unit column. */
    Map<UUID, UnitSummary> units(UUID tenantId) {
        var units = new LinkedHashMap<UUID, UnitSummary>();
        organization.units(tenantId).forEach(u -> units.put(u.id(), u));
        return units;
    }

    private String staffName(UUID tenantId, UUID staffId) {
        return organization.staffMember(tenantId, staffId).map(StaffMember::name).orElse("");
    }

    private String done(RedirectAttributes redirect, String key) {
        messages.flash(redirect, key);
        return "redirect:/admin/accounts";
    }
}
