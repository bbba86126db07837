package jp.mamori.asset;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guided mapping page after a classification scheme switch: only rows a person ticks are changed. */
@Controller
class SchemeMappingController {

    private final SchemeMapping mapping;
    private final Messages messages;

    SchemeMappingController(SchemeMapping mapping, Messages messages) {
        this.mapping = mapping;
        this.messages = messages;
    }

    @GetMapping("/assets/scheme-mapping")
    @RequiresPermission(Permission.ASSET_RULES_EDIT)
    String page(Model model) {
        var tenantId = CurrentUser.require().tenantId();
        var scheme = mapping.scheme(tenantId);
        model.addAttribute("scheme", scheme);
        model.addAttribute("pending", mapping.pending(tenantId));
        model.addAttribute("targets", Confidentiality.of(scheme));
        return "asset/mapping";
    }

    /** Form: {@code confirm} = ids of the ticked rows; {@code to-<id>} = chosen class; {@code version-<id>}. */
    @PostMapping("/assets/scheme-mapping")
    @RequiresPermission(Permission.ASSET_RULES_EDIT)
    String apply(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var tenantId = CurrentUser.require().tenantId();
        Map<UUID, Confidentiality> choices = new HashMap<>();
        Map<UUID, Long> versions = new HashMap<>();
        for (var id : form.getOrDefault("confirm", java.util.List.of())) {
            UUID asset;
            Confidentiality target;
            try {
                asset = UUID.fromString(id);
                target = Confidentiality.valueOf(form.getFirst("to-" + id));
                versions.put(asset, Long.valueOf(form.getFirst("version-" + id)));
            } catch (RuntimeException e) {
                throw new AssetRefused("asset.refused.mappingInvalid");
            }
            choices.put(asset, target);
        }
        int count = choices.isEmpty() ? 0 : mapping.apply(tenantId, choices, versions);
        messages.flash(redirect, "asset.flash.mapped", count);
        return "redirect:/assets/scheme-mapping";
    }
}
