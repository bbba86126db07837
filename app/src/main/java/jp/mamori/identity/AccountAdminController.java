package jp.mamori.identity;

import java.time.Clock;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the tenant's accounts: lift a sign-in delay, end someone's sessions, remove a
 * lost second factor (the person enrols again at their next sign-in). Each action is in the trail.
 */
@Controller
@RequiresPermission(Permission.ACCOUNT_ADMIN)
class AccountAdminController {

    private final Accounts accounts;
    private final AccountManagement management;
    private final MessageSource messages;
    private final Clock clock;

    AccountAdminController(Accounts accounts, AccountManagement management, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(UUID id, String loginName, boolean administrator, boolean enabled, boolean totp, boolean locked,
            int failedStreak) {
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        var user = CurrentUser.require();
        var now = clock.instant();
        model.addAttribute("accounts", accounts.ofTenant(user.tenantId()).stream()
                .map(a -> new Row(a.id(), a.loginName(), a.administrator(), a.enabled(), a.enrolledInTotp(),
                        a.lockedAt(now), a.failedStreak()))
                .toList());
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

    private String done(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/accounts";
    }
}
