package jp.mamori.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.PublicEndpoint;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.organization.OrganizationFounding;
import jp.mamori.tenant.Tenant;
import jp.mamori.tenant.Tenants;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page behind a one-time setup link: choose the tenant and one's staff record, a login name and a
 * password; then straight to TOTP enrolment, before anything else is reachable. A link made for one tenant
 * shows that tenant only; the installation's first-run link, bound to none, lists the tenants there are.
 */
@Controller
@PublicEndpoint("reached through a one-time setup link before any account exists")
class SetupController {

    private final SetupLinks links;
    private final AccountManagement management;
    private final Tenants tenants;
    private final SetupDirectory directory;
    private final Clock clock;
    private final OrganizationFounding founding;

    SetupController(SetupLinks links, AccountManagement management, Tenants tenants, SetupDirectory directory,
            Clock clock, OrganizationFounding founding) {
        this.links = links;
        this.management = management;
        this.tenants = tenants;
        this.directory = directory;
        this.clock = clock;
        this.founding = founding;
    }

    @GetMapping("/setup/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        links.requireOpen(token);
        response.setHeader("Referrer-Policy", "no-referrer"); // the token is in the address
        page(model, token, new AccountManagement.SetupForm(null, "", "", "", ""));
        return "identity/setup";
    }

    /** htmx: the staff of the link's tenant matching a name, kana, number or unit — only while the link is open. */
    @GetMapping("/setup/{token}/staff")
    String staff(@PathVariable String token, @RequestParam(required = false) UUID tenantId,
            @RequestParam(name = "q", required = false) String query, Model model, HttpServletResponse response) {
        links.requireOpen(token);
        response.setHeader("Referrer-Policy", "no-referrer");
        var tenant = setUpable(token).stream().filter(t -> t.id().equals(tenantId)).findFirst()
                .orElseThrow(() -> new NotFound("tenant"));
        model.addAttribute("candidates", directory.search(tenant.id(), query));
        model.addAttribute("searched", query != null && !query.isBlank());
        return "identity/setup :: candidates";
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
            page(model, token, form.withoutPasswords());
            model.addAttribute("problem", refused.messageKey());
            return "identity/setup";
        }
    }

    private void page(Model model, String token, AccountManagement.SetupForm form) {
        var listed = setUpable(token);
        model.addAttribute("tenants", listed);
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("demoPeople", listed.stream().flatMap(t -> directory.demoPeople(t).stream()).toList());
        // A link for one tenant that has no organisation yet: the page asks for the first unit and staff record.
        model.addAttribute("founding", listed.size() == 1 && founding.isEmpty(listed.get(0).id()));
    }

    /** The tenants this link may set up: its own, or — for the first-run link bound to none — every one. */
    private List<Tenant> setUpable(String token) {
        return links.tenantOf(token).map(id -> tenants.find(id).stream().toList()).orElseGet(tenants::all);
    }
}
