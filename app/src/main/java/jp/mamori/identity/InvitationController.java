package jp.mamori.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.PublicEndpoint;
import jp.mamori.tenant.Tenants;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.RequestOrigin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind an invitation link: the invited staff member chooses a login name and a password. When their
 * security roles or the tenant require a second factor they go straight on to TOTP enrolment, as after the setup
 * link; otherwise to the sign-in page, where the password they just chose is checked by the ordinary sign-in
 * (with its throttling, lockout and trail) — a link alone never yields a signed-in session.
 */
@Controller
@PublicEndpoint("reached through an invitation link by someone who has no account yet")
class InvitationController {

    private final AccountInvitations invitations;
    private final Accounts accounts;
    private final CurrentUsers users;
    private final Tenants tenants;
    private final AddressThrottle addresses;
    private final Clock clock;

    InvitationController(AccountInvitations invitations, Accounts accounts, CurrentUsers users, Tenants tenants,
            AddressThrottle addresses, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.users = users;
        this.tenants = tenants;
        this.addresses = addresses;
        this.clock = clock;
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        noTraces(response);
        if (addresses.blocked(RequestOrigin.current().sourceAddress())) {
            return tooMany(response);
        }
        page(model, token, new AccountInvitations.AcceptForm("", "", ""));
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, AccountInvitations.AcceptForm form, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        noTraces(response);
        if (addresses.blocked(RequestOrigin.current().sourceAddress())) {
            return tooMany(response);
        }
        try {
            var accountId = invitations.accept(token, form);
            var account = accounts.find(accountId).orElseThrow();
            if (users.secondFactorRequired(account)) {
                SignInController.newSessionId(request);
                request.getSession().setAttribute(PendingSignIn.ATTRIBUTE,
                        new PendingSignIn(accountId, true, clock.instant()));
                return "redirect:/login/enrol";
            }
            return "redirect:/login?invited";
        } catch (NotFound unknown) {
            addresses.failed(RequestOrigin.current().sourceAddress());
            throw unknown;
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page(model, token, new AccountInvitations.AcceptForm(form.loginName(), "", ""));
            model.addAttribute("problem", refused.messageKey());
            return "identity/invitation";
        }
    }

    private void page(Model model, String token, AccountInvitations.AcceptForm form) {
        try {
            var staff = invitations.invitee(token);
            model.addAttribute("staff", staff);
            model.addAttribute("tenant", tenants.find(staff.tenantId()).orElseThrow(() -> new NotFound("invitation")));
            model.addAttribute("form", form);
        } catch (NotFound unknown) {
            // Expired, used, revoked or never issued: one answer for all; guessing counts against the address.
            addresses.failed(RequestOrigin.current().sourceAddress());
            throw unknown;
        }
    }

    private static void noTraces(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer"); // the token is in the address
        response.setHeader("Cache-Control", "no-store");
    }

    private static String tooMany(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        return "identity/busy";
    }
}
