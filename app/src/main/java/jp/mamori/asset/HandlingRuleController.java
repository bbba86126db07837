package jp.mamori.asset;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's handling rules per class and step, and the register-wide consistency findings. */
@Controller
class HandlingRuleController {

    private final HandlingRules rules;
    private final AssetPages pages;
    private final ConsistencyCheck check;
    private final Messages messages;

    HandlingRuleController(HandlingRules rules, AssetPages pages, ConsistencyCheck check, Messages messages) {
        this.rules = rules;
        this.pages = pages;
        this.check = check;
        this.messages = messages;
    }

    @GetMapping("/assets/handling-rules")
    @RequiresPermission(Permission.ASSET_VIEW)
    String rules(Model model) {
        var user = CurrentUser.require();
        var scheme = pages.scheme(user.tenantId());
        model.addAttribute("rules", rules.table(user.tenantId(), scheme));
        model.addAttribute("canEdit", user.can(Permission.ASSET_RULES_EDIT));
        return "asset/rules";
    }

    @PostMapping("/assets/handling-rules")
    @RequiresPermission(Permission.ASSET_RULES_EDIT)
    String save(@RequestParam String handlingClass, @RequestParam HandlingStep step, @RequestParam String text,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var scheme = pages.scheme(user.tenantId());
        var target = HandlingClass.all(scheme).stream().filter(c -> c.key().equals(handlingClass)).findFirst()
                .orElseThrow(() -> new AssetNotFound(handlingClass));
        rules.set(user.tenantId(), target, step, text);
        messages.flash(redirect, "asset.rules.saved");
        return "redirect:/assets/handling-rules#" + target.key() + "-" + step.name();
    }

    @GetMapping("/assets/findings")
    @RequiresPermission(Permission.ASSET_VIEW)
    String findings(Model model) {
        UUID tenantId = CurrentUser.require().tenantId();
        model.addAttribute("findings", check.register(tenantId));
        return "asset/findings";
    }
}
