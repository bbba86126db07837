package jp.mamori.asset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.FieldProblem;
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

/** The 情報資産台帳 pages: the list with search and filters, an asset's page, the form, holdings, disposal. */
@Controller
@RequestMapping("/assets")
class AssetController {

    private final AssetRegister register;
    private final AssetPages pages;
    private final AssetManagement management;
    private final Assets assets;
    private final Messages messages;
    private final TenantCalendar calendar;
    private final ManagerPicker picker;

    AssetController(AssetRegister register, AssetPages pages, AssetManagement management, Assets assets,
            Messages messages, TenantCalendar calendar, ManagerPicker picker) {
        this.picker = picker;
        this.register = register;
        this.pages = pages;
        this.management = management;
        this.assets = assets;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping
    @RequiresPermission(Permission.ASSET_VIEW)
    String list(RegisterParameters parameters, Model model) {
        var user = CurrentUser.require();
        var query = parameters.query();
        model.addAttribute("result", register.page(user.tenantId(), query));
        model.addAttribute("query", query);
        addChoices(model, user.tenantId());
        return "asset/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.ASSET_EDIT)
    String newForm(Model model) {
        var user = CurrentUser.require();
        return form(model, user.tenantId(), AssetForm.empty(), null, null);
    }

    @PostMapping
    @RequiresPermission(Permission.ASSET_EDIT)
    String create(@ModelAttribute AssetForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var errors = form.errors();
        var manager = manager(user.tenantId(), form, errors);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return form(model, user.tenantId(), form, null, null);
        }
        try {
            var id = management.register(user.tenantId(), form.details(manager), form.classification());
            messages.flash(redirect, "asset.flash.registered");
            return "redirect:/assets/" + id;
        } catch (AssetRefused e) {
            return form(model, user.tenantId(), form, null, e);
        }
    }

    /** The picker's matches while the person types a name or 職員番号 (htmx sends the field as {@code manager}). */
    @GetMapping("/staff-search")
    @RequiresPermission(Permission.ASSET_EDIT)
    String staffSearch(@RequestParam(required = false) String q, @RequestParam(required = false) String manager,
            Model model) {
        var text = q != null ? q : manager;
        model.addAttribute("q", text == null ? "" : text.strip());
        model.addAttribute("matches", picker.search(CurrentUser.require().tenantId(), text));
        return "asset/manager :: matches";
    }

    /** The picker with one staff member chosen, or empty again (no {@code staff}) to choose another. */
    @GetMapping("/staff-picker")
    @RequiresPermission(Permission.ASSET_EDIT)
    String staffPicker(@RequestParam(required = false) UUID staff, Model model) {
        model.addAttribute("chosen", staff == null ? null
                : picker.pick(CurrentUser.require().tenantId(), staff).orElseThrow(() -> new AssetNotFound(staff)));
        model.addAttribute("managerText", "");
        return "asset/manager :: picker";
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.ASSET_VIEW)
    String show(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("page", pages.page(user.tenantId(), id));
        model.addAttribute("myStaffId", user.staffId());
        model.addAttribute("canEditAssets", user.can(Permission.ASSET_EDIT));
        model.addAttribute("units", pages.units(user.tenantId()));
        model.addAttribute("steps", HandlingStep.values());
        model.addAttribute("today", calendar.today(user.tenantId()));
        return "asset/detail";
    }

    @GetMapping("/{id}/edit")
    @RequiresPermission(Permission.ASSET_EDIT)
    String edit(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        return form(model, user.tenantId(), AssetForm.of(pages.asset(user.tenantId(), id)), id, null);
    }

    @PostMapping("/{id}")
    @RequiresPermission(Permission.ASSET_EDIT)
    String update(@PathVariable UUID id, @ModelAttribute AssetForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        pages.asset(user.tenantId(), id);
        var errors = form.errors();
        var manager = manager(user.tenantId(), form, errors);
        if (!errors.isEmpty() || form.version() == null) {
            model.addAttribute("errors", errors);
            return form(model, user.tenantId(), form, id, null);
        }
        try {
            management.update(user.tenantId(), id, form.version(), form.details(manager), form.classification());
        } catch (AssetRefused e) {
            return form(model, user.tenantId(), form, id, e);
        }
        messages.flash(redirect, "asset.flash.saved");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/holdings")
    @RequiresPermission(Permission.ASSET_EDIT)
    String hold(@PathVariable UUID id, @RequestParam String registerNumber, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var held = assets.findByNumber(user.tenantId(), registerNumber.strip())
                .filter(a -> AssetScope.edits(a.details().ownerUnitId()))
                .orElseThrow(() -> new AssetRefused("asset.refused.unknownNumber", registerNumber.strip()));
        management.hold(user.tenantId(), id, held.id());
        messages.flash(redirect, "asset.flash.held");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/holdings/{heldId}/delete")
    @RequiresPermission(Permission.ASSET_EDIT)
    String release(@PathVariable UUID id, @PathVariable UUID heldId, RedirectAttributes redirect) {
        management.release(CurrentUser.require().tenantId(), id, heldId);
        messages.flash(redirect, "asset.flash.released");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/disposal")
    @RequiresPermission(Permission.ASSET_EDIT)
    String requestDisposal(@PathVariable UUID id, @RequestParam long version, @RequestParam LocalDate disposedOn,
            @RequestParam String person, @RequestParam String method, RedirectAttributes redirect) {
        if (person.isBlank() || method.isBlank()) {
            throw new AssetRefused("asset.refused.disposalIncomplete");
        }
        management.requestDisposal(CurrentUser.require().tenantId(), id, version, disposedOn, person, method);
        messages.flash(redirect, "asset.flash.disposalRecorded");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/disposal/approval")
    @RequiresPermission(Permission.ASSET_DISPOSAL_APPROVE)
    String approveDisposal(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        management.approveDisposal(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "asset.flash.disposalApproved");
        return "redirect:/assets/" + id;
    }

    @PostMapping("/{id}/disposal/withdrawal")
    @RequiresPermission(Permission.ASSET_EDIT)
    String withdrawDisposal(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        management.withdrawDisposal(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "asset.flash.disposalWithdrawn");
        return "redirect:/assets/" + id;
    }

    /** The staff id the form names as manager, or null; an unknown one is an error on the manager field. */
    private UUID manager(UUID tenantId, AssetForm form, Map<String, FieldProblem> errors) {
        var reading = picker.read(tenantId, form.manager());
        if (reading instanceof ManagerPicker.Reading.Found found) {
            return found.choice().id();
        }
        if (reading instanceof ManagerPicker.Reading.Unknown) {
            errors.put("manager", FieldProblem.of("asset.error.unknownManager"));
        }
        return null;
    }

    private String form(Model model, UUID tenantId, AssetForm form, UUID id, AssetRefused refusal) {
        model.addAttribute("form", form);
        var reading = picker.read(tenantId, form.manager());
        model.addAttribute("chosen", reading instanceof ManagerPicker.Reading.Found found ? found.choice() : null);
        model.addAttribute("managerText", form.manager() == null ? "" : form.manager());
        model.addAttribute("assetId", id);
        if (refusal != null) {
            messages.refusal(model, refusal);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("assignableUnits", pages.assignableUnits(tenantId));
        model.addAttribute("axes", ClassAxis.of(pages.scheme(tenantId), form));
        addChoices(model, tenantId);
        return "asset/form";
    }

    private void addChoices(Model model, UUID tenantId) {
        var scheme = pages.scheme(tenantId);
        model.addAttribute("unitChoices", pages.units(tenantId).values().stream()
                .filter(u -> AssetScope.edits(u.id())).toList());
        model.addAttribute("unitNames", pages.units(tenantId));
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("zones", Zone.values());
        model.addAttribute("confidentialities", Confidentiality.of(scheme));
        model.addAttribute("integrities", Integrity.values());
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("sorts", Arrays.asList(RegisterQuery.Sort.values()));
    }
}
