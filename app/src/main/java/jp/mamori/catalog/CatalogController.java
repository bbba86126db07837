package jp.mamori.catalog;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.organization.SecurityRole;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue pages: the searchable tree with the tenant's status, a measure's page, its edit form, threats. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    private final CatalogPages pages;
    private final StatementOfApplicability statement;
    private final Messages messages;

    CatalogController(CatalogPages pages, StatementOfApplicability statement, Messages messages) {
        this.pages = pages;
        this.statement = statement;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.CATALOG_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String chapter,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var query = CatalogQuery.of(q, chapter, status, page, size);
        model.addAttribute("result", pages.page(user.tenantId(), query));
        model.addAttribute("query", query);
        model.addAttribute("catalogue", pages.catalogue());
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("units", pages.units(user.tenantId()));
        model.addAttribute("canEdit", user.can(Permission.CATALOG_EDIT));
        return "catalog/list";
    }

    @GetMapping("/measures/{id}")
    @RequiresPermission(Permission.CATALOG_VIEW)
    String show(@PathVariable String id, Model model) {
        pages.show(model, CurrentUser.require(), id);
        return "catalog/measure";
    }

    @GetMapping("/measures/{id}/edit")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String edit(@PathVariable String id, Model model) {
        var user = CurrentUser.require();
        return form(model, user.tenantId(), id, MeasureForm.of(statement.entry(user.tenantId(), id)), null);
    }

    @PostMapping("/measures/{id}")
    @RequiresPermission(Permission.CATALOG_EDIT)
    String update(@PathVariable String id, @ModelAttribute MeasureForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        statement.entry(user.tenantId(), id);
        if (form.version() == null) {
            throw new CatalogRefused("catalog.refused.invalid");
        }
        try {
            statement.update(user.tenantId(), id, form.version(), form.change());
        } catch (CatalogRefused e) {
            return form(model, user.tenantId(), id, form, e);
        }
        messages.flash(redirect, "catalog.flash.saved");
        return "redirect:/catalog/measures/" + id;
    }

    @GetMapping("/threats")
    @RequiresPermission(Permission.CATALOG_VIEW)
    String threats(Model model) {
        model.addAttribute("rows", pages.threats());
        return "catalog/threats";
    }

    private String form(Model model, UUID tenantId, String id, MeasureForm form, CatalogRefused refusal) {
        var page = pages.measure(tenantId, id);
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("unitChoices", pages.activeUnits(tenantId));
        model.addAttribute("statuses", ImplementationStatus.FOR_APPLICABLE);
        if (refusal != null) {
            messages.refusal(model, refusal);
        }
        return "catalog/form";
    }
}
