package jp.mamori.supplier;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.asset.Confidentiality;
import jp.mamori.kernel.Refused;
import jp.mamori.organization.Organization;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.TrailHistory;
import jp.mamori.web.Messages;
import jp.mamori.web.ResultPage;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The registers of 業務委託と外部サービス: each list with search, a "with findings only" filter, paging and the
 * CSV/XLSX export; the pages of a contractor (assets handled, sub-contractors, contracts), a contract (the clause
 * checklist, periodic checks with their answers and links), a cloud service and a social-media account, each with
 * its findings and its history from the trail; and the forms that register them.
 */
@Controller
@RequestMapping("/suppliers")
class SupplierController {

    private final SupplierManagement management;
    private final SupplierPages pages;
    private final TrailHistory history;
    private final Organization organization;
    private final TenantCalendar calendar;
    private final Messages messages;

    SupplierController(SupplierManagement management, SupplierPages pages, TrailHistory history,
            Organization organization, TenantCalendar calendar, Messages messages) {
        this.management = management;
        this.pages = pages;
        this.history = history;
        this.organization = organization;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String home() {
        return "redirect:/suppliers/contractors";
    }

    @GetMapping("/{register:contractors|contracts|cloud|social}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String list(@PathVariable String register, @RequestParam(required = false) String q,
            @RequestParam(required = false) String only, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var chosen = SupplierRegister.of(register);
        boolean onlyFindings = "findings".equals(only);
        model.addAttribute("register", chosen.path());
        model.addAttribute("registers", SupplierRegister.values());
        model.addAttribute("headers", SupplierPages.headers(chosen));
        model.addAttribute("result", pages.page(user.tenantId(), chosen, q, onlyFindings, ResultPage.clampPage(page)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("only", onlyFindings ? "findings" : "");
        model.addAttribute("canEdit", user.can(Permission.SUPPLIER_EDIT));
        return "supplier/register";
    }

    @GetMapping("/export/{register:contractors|contracts|cloud|social}.{format}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    ResponseEntity<StreamingResponseBody> export(@PathVariable String register, @PathVariable String format) {
        var user = CurrentUser.require();
        var chosen = SupplierRegister.of(register);
        var exportFormat = ExportFormat.parse(format);
        var headers = new java.util.ArrayList<String>();
        SupplierPages.headers(chosen).forEach(h -> headers.add(messages.text(h)));
        headers.add(messages.text("supplier.column.findings"));
        var rows = pages.rows(user.tenantId(), chosen);
        var table = TableExport.<SupplierRegister.Row>of(messages.text("supplier.register." + chosen.path()), headers,
                row -> {
                    var cells = new java.util.ArrayList<Object>(row.cells());
                    cells.add(row.findings());
                    return cells;
                });
        return TableExport.download(exportFormat, messages.text("supplier.register." + chosen.path()),
                "supplier-" + chosen.path(), out -> table.write(exportFormat, rows.stream(), out));
    }

    // --- contractors

    @GetMapping("/contractors/new")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String newContractor(Model model) {
        return contractorForm(model, SupplierForms.ContractorForm.empty(), null);
    }

    @PostMapping("/contractors")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String createContractor(@ModelAttribute SupplierForms.ContractorForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var id = management.registerContractor(CurrentUser.require().tenantId(), form.draft());
            messages.flash(redirect, "supplier.flash.registered");
            return "redirect:/suppliers/contractors/" + id;
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return contractorForm(model, form, e);
        }
    }

    private String contractorForm(Model model, SupplierForms.ContractorForm form, Refused problem) {
        model.addAttribute("form", form);
        model.addAttribute("units", pages.units(CurrentUser.require().tenantId()));
        if (problem != null) {
            messages.refusal(model, problem);
        }
        return "supplier/contractor-form";
    }

    @GetMapping("/contractors/{id}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String contractor(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var tenantId = user.tenantId();
        var contractor = management.contractor(tenantId, id);
        model.addAttribute("contractor", contractor);
        model.addAttribute("unitName", pages.unitName(tenantId, contractor.unitId()));
        model.addAttribute("subcontractors", management.subcontractorsOf(tenantId, id));
        model.addAttribute("contracts", management.contractsOf(tenantId, id));
        model.addAttribute("assets", management.assetsOf(tenantId, id));
        model.addAttribute("findings", pages.findingsAbout(tenantId, id));
        model.addAttribute("history", history.history(tenantId, "Contractor", id.toString(),
                ResultPage.clampPage(page)));
        model.addAttribute("canEdit", user.can(Permission.SUPPLIER_EDIT, contractor.unitId()));
        return "supplier/contractor";
    }

    @PostMapping("/contractors/{id}/subcontractors")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String addSubcontractor(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) String work,
            @RequestParam(required = false) String approvedOn, @RequestParam(defaultValue = "false") boolean sameDuties,
            RedirectAttributes redirect) {
        management.addSubcontractor(CurrentUser.require().tenantId(), id, name, work,
                SupplierForms.date(approvedOn, "approvedOn"), sameDuties);
        messages.flash(redirect, "supplier.flash.subcontractorAdded");
        return "redirect:/suppliers/contractors/" + id;
    }

    @PostMapping("/{owner:contractors|cloud}/{id}/assets")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String linkAsset(@PathVariable String owner, @PathVariable UUID id, @RequestParam String registerNumber,
            RedirectAttributes redirect) {
        management.linkAsset(CurrentUser.require().tenantId(), id, registerNumber);
        messages.flash(redirect, "supplier.flash.assetLinked");
        return "redirect:/suppliers/" + owner + "/" + id;
    }

    // --- contracts

    @GetMapping("/contracts/new")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String newContract(@RequestParam UUID contractor, Model model) {
        var tenantId = CurrentUser.require().tenantId();
        var today = calendar.today(tenantId);
        return contractForm(model, new SupplierForms.ContractForm(management.contractor(tenantId, contractor).id(), "",
                today.toString(), today.plusYears(1).minusDays(1).toString(), java.util.List.of()), null);
    }

    @PostMapping("/contracts")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String createContract(@ModelAttribute SupplierForms.ContractForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var id = management.registerContract(CurrentUser.require().tenantId(), form.contractorId(), form.title(),
                    form.start(), form.end(), form.clauseSet());
            messages.flash(redirect, "supplier.flash.registered");
            return "redirect:/suppliers/contracts/" + id;
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return contractForm(model, form, e);
        }
    }

    private String contractForm(Model model, SupplierForms.ContractForm form, Refused problem) {
        model.addAttribute("form", form);
        model.addAttribute("contractor", management.contractor(CurrentUser.require().tenantId(), form.contractorId()));
        model.addAttribute("clauses", SecurityClause.values());
        if (problem != null) {
            messages.refusal(model, problem);
        }
        return "supplier/contract-form";
    }

    @GetMapping("/contracts/{id}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String contract(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var tenantId = user.tenantId();
        var contract = management.contract(tenantId, id);
        var contractor = management.contractor(tenantId, contract.contractorId());
        var checks = management.checksOf(tenantId, id);
        var links = new java.util.LinkedHashMap<UUID, java.util.List<jp.mamori.identity.CapabilityGrant>>();
        checks.forEach(c -> links.put(c.id(), management.checkLinks(tenantId, c.id())));
        model.addAttribute("contract", contract);
        model.addAttribute("contractor", contractor);
        model.addAttribute("clauses", SecurityClause.values());
        model.addAttribute("checks", checks);
        model.addAttribute("links", links);
        model.addAttribute("questions", CheckQuestion.values());
        model.addAttribute("kinds", PeriodicCheck.Kind.values());
        model.addAttribute("now", calendar.now());
        model.addAttribute("findings", pages.findingsAbout(tenantId, id));
        model.addAttribute("history", history.history(tenantId, "Contract", id.toString(), ResultPage.clampPage(page)));
        model.addAttribute("canEdit", user.can(Permission.SUPPLIER_EDIT, contractor.unitId()));
        return "supplier/contract";
    }

    @PostMapping("/contracts/{id}/clauses")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String markClauses(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) java.util.List<SecurityClause> clauses, RedirectAttributes redirect) {
        management.markClauses(CurrentUser.require().tenantId(), id, version,
                clauses == null || clauses.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(clauses));
        messages.flash(redirect, "supplier.flash.clausesMarked");
        return "redirect:/suppliers/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/checks")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String scheduleCheck(@PathVariable UUID id, @RequestParam String title, @RequestParam String kind,
            @RequestParam String dueOn, RedirectAttributes redirect) {
        PeriodicCheck.Kind chosen;
        try {
            chosen = PeriodicCheck.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new SupplierRefused("supplier.refused.kind");
        }
        var due = SupplierForms.date(dueOn, "dueOn");
        if (due == null) {
            throw new SupplierRefused("supplier.refused.required.dueOn");
        }
        management.scheduleCheck(CurrentUser.require().tenantId(), id, title, chosen, due);
        messages.flash(redirect, "supplier.flash.checkScheduled");
        return "redirect:/suppliers/contracts/" + id;
    }

    /** Issues a link and shows its URL once, on a page of its own (never in a flash message or a log). */
    @PostMapping("/checks/{checkId}/links")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String issueLink(@PathVariable UUID checkId, Model model, HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        var link = management.issueCheckLink(tenantId, checkId);
        var check = management.check(tenantId, checkId);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("check", check);
        model.addAttribute("contract", management.contract(tenantId, check.contractId()));
        model.addAttribute("url", link.url());
        model.addAttribute("days", SupplierManagement.CHECK_LINK_VALIDITY.toDays());
        return "supplier/link-issued";
    }

    @PostMapping("/checks/{checkId}/links/{linkId}/revoke")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String revokeLink(@PathVariable UUID checkId, @PathVariable UUID linkId, RedirectAttributes redirect) {
        var tenantId = CurrentUser.require().tenantId();
        management.revokeCheckLink(tenantId, checkId, linkId);
        messages.flash(redirect, "supplier.flash.linkRevoked");
        return "redirect:/suppliers/contracts/" + management.check(tenantId, checkId).contractId();
    }

    // --- cloud services and social-media accounts

    @GetMapping("/cloud/new")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String newCloud(Model model) {
        return cloudForm(model, SupplierForms.CloudForm.empty(), null);
    }

    @PostMapping("/cloud")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String createCloud(@ModelAttribute SupplierForms.CloudForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var id = management.registerCloud(CurrentUser.require().tenantId(), form.draft());
            messages.flash(redirect, "supplier.flash.registered");
            return "redirect:/suppliers/cloud/" + id;
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return cloudForm(model, form, e);
        }
    }

    private String cloudForm(Model model, SupplierForms.CloudForm form, Refused problem) {
        model.addAttribute("form", form);
        model.addAttribute("units", pages.units(CurrentUser.require().tenantId()));
        model.addAttribute("classes", Confidentiality.values());
        if (problem != null) {
            messages.refusal(model, problem);
        }
        return "supplier/cloud-form";
    }

    @GetMapping("/cloud/{id}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String cloud(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var tenantId = user.tenantId();
        var cloud = management.cloud(tenantId, id);
        var assets = management.assetsOf(tenantId, id);
        model.addAttribute("cloud", cloud);
        model.addAttribute("unitName", pages.unitName(tenantId, cloud.unitId()));
        model.addAttribute("assets", assets);
        model.addAttribute("stored", assets.stream().map(a -> a.classification().confidentiality())
                .reduce((x, y) -> x.higherThan(y) ? x : y).orElse(null));
        model.addAttribute("findings", pages.findingsAbout(tenantId, id));
        model.addAttribute("history", history.history(tenantId, "CloudService", id.toString(),
                ResultPage.clampPage(page)));
        model.addAttribute("canEdit", user.can(Permission.SUPPLIER_EDIT, cloud.unitId()));
        return "supplier/cloud";
    }

    @GetMapping("/social/new")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String newSocial(Model model) {
        return socialForm(model, SupplierForms.SocialForm.empty(), null);
    }

    @PostMapping("/social")
    @RequiresPermission(Permission.SUPPLIER_EDIT)
    String createSocial(@ModelAttribute SupplierForms.SocialForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        try {
            UUID responsible = null;
            if (form.responsibleStaffNumber() != null && !form.responsibleStaffNumber().isBlank()) {
                responsible = organization.staffByNumber(tenantId, form.responsibleStaffNumber().strip())
                        .orElseThrow(() -> new SupplierRefused("supplier.refused.unknownStaff",
                                form.responsibleStaffNumber().strip()))
                        .id();
            }
            var id = management.registerSocial(tenantId, form.draft(responsible));
            messages.flash(redirect, "supplier.flash.registered");
            return "redirect:/suppliers/social/" + id;
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return socialForm(model, form, e);
        }
    }

    private String socialForm(Model model, SupplierForms.SocialForm form, Refused problem) {
        model.addAttribute("form", form);
        model.addAttribute("units", pages.units(CurrentUser.require().tenantId()));
        if (problem != null) {
            messages.refusal(model, problem);
        }
        return "supplier/social-form";
    }

    @GetMapping("/social/{id}")
    @RequiresPermission(Permission.SUPPLIER_VIEW)
    String social(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        var tenantId = user.tenantId();
        var social = management.social(tenantId, id);
        model.addAttribute("social", social);
        model.addAttribute("unitName", pages.unitName(tenantId, social.unitId()));
        model.addAttribute("responsible", social.responsibleStaffId() == null ? null
                : organization.staffMember(tenantId, social.responsibleStaffId()).orElse(null));
        model.addAttribute("dormant", social.dormantOn(calendar.today(tenantId)));
        model.addAttribute("findings", pages.findingsAbout(tenantId, id));
        model.addAttribute("history", history.history(tenantId, "SocialAccount", id.toString(),
                ResultPage.clampPage(page)));
        return "supplier/social";
    }
}
