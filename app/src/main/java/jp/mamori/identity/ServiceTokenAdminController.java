package jp.mamori.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.ServiceScope;
import jp.mamori.kernel.Refused;
import jp.mamori.tenant.TenantCalendar;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's service tokens for an administrator: the list with scopes, expiry and last use, issue (the token is
 * in the answer to the POST itself, never in a redirect's flash attributes, which the session store would keep) and
 * revoke. Installation-wide tokens are the server command's only.
 */
@Controller
@RequestMapping("/admin/service-tokens")
@RequiresPermission(Permission.SERVICE_TOKEN_ADMIN)
class ServiceTokenAdminController {

    private final ServiceTokens tokens;
    private final TenantCalendar calendar;
    private final MessageSource messages;

    ServiceTokenAdminController(ServiceTokens tokens, TenantCalendar calendar, MessageSource messages) {
        this.tokens = tokens;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name,
            @RequestParam(name = "scope", required = false) List<ServiceScope> scopes,
            @RequestParam(defaultValue = "" + ServiceTokens.DEFAULT_DAYS) int days, Model model) {
        var user = CurrentUser.require();
        var chosen = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ServiceScope.class) : EnumSet.copyOf(scopes);
        try {
            var issued = tokens.issue(user.tenantId(), name, chosen, days);
            return page(model, issued.token(), null);
        } catch (Refused refused) {
            return page(model, null, messages.getMessage(refused.messageKey(), refused.arguments(),
                    LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require().tenantId(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("identity.serviceToken.revoked", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/admin/service-tokens";
    }

    private String page(Model model, String newToken, String refusal) {
        var tenantId = CurrentUser.require().tenantId();
        model.addAttribute("tokens", tokens.of(tenantId));
        model.addAttribute("scopes", Arrays.asList(ServiceScope.values()));
        model.addAttribute("zone", calendar.zone(tenantId));
        model.addAttribute("now", calendar.now());
        model.addAttribute("newToken", newToken);
        model.addAttribute("refusal", refusal);
        return "identity/admin-service-tokens";
    }
}
