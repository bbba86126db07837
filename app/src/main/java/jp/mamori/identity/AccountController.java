package jp.mamori.identity;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.SignedIn;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account page: sessions, API tokens, password. */
@Controller
@SignedIn
class AccountController {

    private final Accounts accounts;
    private final Sessions sessions;
    private final ApiTokens tokens;
    private final AccountManagement management;
    private final Messages messages;
    private final Clock clock;

    AccountController(Accounts accounts, Sessions sessions, ApiTokens tokens, AccountManagement management,
            Messages messages, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/account")
    String page(HttpServletRequest request, Model model) {
        var user = CurrentUser.require();
        var account = accounts.find(user.tenantId(), user.accountId()).orElseThrow(() -> new NotFound("account"));
        model.addAttribute("account", account);
        model.addAttribute("totpEnrolled", account.enrolledInTotp());
        model.addAttribute("permissions", user.permissions().stream().sorted().map(Enum::name).toList());
        model.addAttribute("recoveryCodesLeft", accounts.unusedRecoveryCodes(account.id()));
        model.addAttribute("sessions", sessions.of(account.id(), request.getSession().getId()));
        model.addAttribute("tokens", tokens.of(user.tenantId(), user.accountId()));
        model.addAttribute("now", clock.instant());
        return "identity/account";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(HttpServletRequest request, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var ended = management.endOtherSessions(user.tenantId(), user.accountId(), request.getSession().getId());
        messages.flash(redirect, "identity.sessions.endedOthers", ended);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "" + ApiTokens.DEFAULT_DAYS) int days, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var account = accounts.find(user.tenantId(), user.accountId()).orElseThrow(() -> new NotFound("account"));
        if (days < 1 || days > ApiTokens.MAX_DAYS) {
            throw new Refused("identity.token.daysRange", ApiTokens.MAX_DAYS);
        }
        redirect.addFlashAttribute("newToken", tokens.issue(account, name, days));
        messages.flash(redirect, "identity.token.issued");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        tokens.revoke(user.tenantId(), user.accountId(), id);
        messages.flash(redirect, "identity.token.revoked");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordAgain, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            management.changePassword(user.tenantId(), user.accountId(), current, password, passwordAgain);
            messages.flash(redirect, "identity.password.changed");
        } catch (Refused refused) {
            messages.flash(redirect, refused.messageKey());
        }
        return "redirect:/account";
    }
}
