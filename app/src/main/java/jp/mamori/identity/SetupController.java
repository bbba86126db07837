package jp.mamori.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.PublicEndpoint;
import jp.mamori.tenant.Tenants;
import jp.mamori.kernel.Refused;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind a one-time setup link: choose the tenant and one's staff record, a login name and a
 * password; then straight to TOTP enrolment, before anything else is reachable.
 */
@Controller
@PublicEndpoint("reached through a one-time setup link before any account exists")
class SetupController {

    private final SetupLinks links;
    private final AccountManagement management;
    private final Tenants tenants;
    private final Clock clock;

    SetupController(SetupLinks links, AccountManagement management, Tenants tenants, Clock clock) {
        this.links = links;
        this.management = management;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        links.requireOpen(token);
        response.setHeader("Referrer-Policy", "no-referrer"); // the token is in the address
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("form", new AccountManagement.SetupForm(null, "", "", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup/{token}")
    String create(@PathVariable String token, AccountManagement.SetupForm form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        links.requireOpen(token);
        try {
            var accountId = management.createThroughSetupLink(token, form);
            SignInController.newSessionId(request);
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(accountId, true, clock.instant()));
            return "redirect:/login/enrol";
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tenants", tenants.all());
            model.addAttribute("form", new AccountManagement.SetupForm(form.tenantId(), form.staffNumber(),
                    form.loginName(), "", ""));
            model.addAttribute("problem", refused.messageKey());
            return "identity/setup";
        }
    }
}
