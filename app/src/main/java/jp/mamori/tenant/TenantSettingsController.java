package jp.mamori.tenant;

import jakarta.validation.Valid;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page of the signed-in user's own tenant (no tenant id in the URL: nothing else is reachable). */
@Controller
@RequestMapping("/tenant/settings")
@RequiresPermission(Permission.TENANT_SETTINGS)
class TenantSettingsController {

    private final Tenants tenants;
    private final TenantSettings settings;
    private final Messages messages;
    private final java.util.List<SeparationModelChange> modelChanges;

    TenantSettingsController(Tenants tenants, TenantSettings settings, Messages messages,
            java.util.List<SeparationModelChange> modelChanges) {
        this.modelChanges = modelChanges;
        this.tenants = tenants;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        var tenantId = CurrentUser.require().tenantId();
        var tenant = tenants.find(tenantId).orElseThrow(() -> new NotFound("tenant " + tenantId));
        return page(model, TenantSettingsForm.of(tenant, tenants.fiscalYearStartMonth(tenantId), settings.version(tenantId)));
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") TenantSettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        LocalGovernmentCode code = null;
        try {
            code = new LocalGovernmentCode(form.code() == null ? "" : form.code());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("code", "tenant.error.code");
        }
        if (errors.hasErrors() || form.version() == null) {
            return page(model, form);
        }
        var tenantId = CurrentUser.require().tenantId();
        var before = tenants.find(tenantId).map(Tenant::separationModel).orElse(null);
        try {
            settings.update(tenantId, form.version(), form.draft(code));
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return page(model, form);
        }
        messages.flash(redirect, "tenant.saved");
        var after = form.draft(code).separationModel();
        if (before != null && before != after) {
            // the result page lists what the switch puts in doubt; plain strings, as flash attributes live in the session
            var doubts = new java.util.ArrayList<String[]>();
            modelChanges.forEach(change -> change.doubts(tenantId, before, after)
                    .forEach(d -> doubts.add(new String[] {d.title(), d.why(), d.href()})));
            redirect.addFlashAttribute("separationDoubts", doubts);
        }
        return "redirect:/tenant/settings";
    }

    private String page(Model model, TenantSettingsForm form) {
        model.addAttribute("form", form);
        model.addAttribute("schemes", ClassificationScheme.values());
        model.addAttribute("models", SeparationModel.values());
        return "tenant/settings";
    }
}
