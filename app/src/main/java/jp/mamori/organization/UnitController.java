package jp.mamori.organization;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The units page (a tree with search and pages) and the unit form. */
@Controller
@RequestMapping("/organization/units")
class UnitController {

    private final OrgUnits units;
    private final UnitManagement management;
    private final Messages messages;

    UnitController(OrgUnits units, UnitManagement management, Messages messages) {
        this.units = units;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.ORGANIZATION_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var tree = units.tree(CurrentUser.require().tenantId());
        var text = q == null ? "" : q.strip().toLowerCase();
        var rows = tree.nodes().stream()
                .filter(node -> text.isEmpty() || matches(node.unit(), text))
                .map(node -> UnitRow.of(tree, node.unit(), text.isEmpty() ? node.depth() : 0))
                .toList();
        int size = 50;
        int number = Math.min(ResultPage.clampPage(page), Math.max(0, (rows.size() - 1) / size));
        var slice = rows.subList(Math.min(rows.size(), number * size), Math.min(rows.size(), (number + 1) * size));
        model.addAttribute("page", new ResultPage<>(slice, number, size, rows.size()));
        model.addAttribute("q", q == null ? "" : q);
        return "organization/units";
    }

    private static boolean matches(OrgUnit unit, String text) {
        return unit.name().toLowerCase().contains(text) || unit.code().toLowerCase().contains(text)
                || unit.nameKana().contains(text);
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String newForm(Model model) {
        return form(model, UnitForm.empty(), null);
    }

    @PostMapping
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            management.create(CurrentUser.require().tenantId(), form.draft());
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(model, form, null);
        }
        messages.flash(redirect, "organization.units.created");
        return "redirect:/organization/units";
    }

    @GetMapping("/{id}/edit")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String editForm(@PathVariable UUID id, Model model) {
        var unit = units.find(CurrentUser.require().tenantId(), id).orElseThrow(() -> new UnitNotFound(id));
        return form(model, UnitForm.of(unit), unit);
    }

    @PostMapping("/{id}")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var tenantId = CurrentUser.require().tenantId();
        var unit = units.find(tenantId, id).orElseThrow(() -> new UnitNotFound(id));
        if (errors.hasErrors() || form.version() == null) {
            return form(model, form, unit);
        }
        try {
            management.update(tenantId, id, form.version(), form.draft());
        } catch (Refused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(model, form, unit);
        }
        messages.flash(redirect, "organization.units.updated");
        return "redirect:/organization/units";
    }

    @PostMapping("/{id}/deactivate")
    @RequiresPermission(Permission.ORGANIZATION_EDIT)
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        management.deactivate(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "organization.units.deactivated");
        return "redirect:/organization/units";
    }

    private String form(Model model, UnitForm form, OrgUnit unit) {
        var tree = units.tree(CurrentUser.require().tenantId());
        var excluded = unit == null ? java.util.Set.<UUID>of() : tree.descendantsOf(unit.id());
        List<UnitRow> parents = tree.nodes().stream()
                .filter(node -> node.unit().active() && node.unit().level() != OrgUnitLevel.SUBSECTION)
                .filter(node -> !excluded.contains(node.unit().id()))
                .map(node -> UnitRow.of(tree, node.unit(), node.depth())).toList();
        model.addAttribute("form", form);
        model.addAttribute("unit", unit == null ? null : UnitRow.of(tree, unit, 0));
        model.addAttribute("parents", parents);
        model.addAttribute("categories", OrgUnitCategory.values());
        model.addAttribute("levels", OrgUnitLevel.values());
        return "organization/unit-form";
    }
}
