package jp.mamori.identity;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.Refused;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The installation's tenants, for installation operators only (issue 20, finding 4): the list and the form that
 * registers another municipality. The new tenant's setup link is shown once, in the answer to the form, and
 * never again.
 */
@Controller
class InstallationTenantController {

    /** The empty form: the current scheme edition and the α model, as most towns start. */
    private static final TenantOnboarding.Application BLANK = new TenantOnboarding.Application("", "", "", "",
            ClassificationScheme.R6_10, SeparationModel.ALPHA);

    private final TenantOnboarding onboarding;
    private final Tenants tenants;
    private final Messages messages;

    InstallationTenantController(TenantOnboarding onboarding, Tenants tenants, Messages messages) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/installation/tenants")
    @RequiresPermission(Permission.INSTALLATION_ADMIN)
    String list(Model model) {
        return page(model, BLANK);
    }

    @PostMapping("/installation/tenants")
    @RequiresPermission(Permission.INSTALLATION_ADMIN)
    String register(TenantOnboarding.Application form, Model model, HttpServletResponse response) {
        try {
            var registered = onboarding.register(form);
            // The link is the only copy of its token: no cache may keep this answer.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Referrer-Policy", "no-referrer");
            model.addAttribute("registered", registered);
            return page(model, BLANK);
        } catch (Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, refused);
            return page(model, form);
        }
    }

    private String page(Model model, TenantOnboarding.Application form) {
        model.addAttribute("tenants", tenants.all());
        model.addAttribute("form", form);
        model.addAttribute("schemes", ClassificationScheme.values());
        model.addAttribute("models", SeparationModel.values());
        return "identity/installation-tenants";
    }
}
