package jp.mamori.network;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.importing.ImportPages;
import jp.mamori.kernel.EditConflict;
import jp.mamori.trail.TrailHistory;
import jp.mamori.web.FieldProblem;
import jp.mamori.web.Messages;
import jp.mamori.web.ResultPage;
import jp.mamori.web.TableExport;
import jp.mamori.web.TableExport.ExportFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of declared flows: list, search, export, import of a rule export, a flow's page, form and removal. */
@Controller
@RequestMapping("/network/flows")
class FlowController {

    static final java.util.List<String> EXPORT_HEADER = java.util.List.of("送信元", "宛先", "サービス", "動作", "経路",
            "無害化", "目的", "要確認");

    private final NetworkPages pages;
    private final NetworkManagement management;
    private final FlowImport imports;
    private final ImportPages importPages;
    private final TrailHistory history;
    private final Messages messages;

    FlowController(NetworkPages pages, NetworkManagement management, FlowImport imports, ImportPages importPages,
            TrailHistory history, Messages messages) {
        this.pages = pages;
        this.management = management;
        this.imports = imports;
        this.importPages = importPages;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    @RequiresPermission(Permission.NETWORK_VIEW)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var user = CurrentUser.require();
        var rows = pages.flows(user.tenantId(), q);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", NetworkPages.page(rows, ResultPage.clampPage(page), ResultPage.clampSize(size)));
        model.addAttribute("canEdit", user.can(Permission.NETWORK_EDIT));
        return "network/flows";
    }

    @GetMapping("/export.{format}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q) {
        var user = CurrentUser.require();
        var exportFormat = ExportFormat.parse(format);
        var rows = pages.flows(user.tenantId(), q);
        var table = TableExport.<NetworkPages.FlowRow>of("通信経路", EXPORT_HEADER, r -> java.util.List.of(r.from(),
                r.to(), r.protocol() + "/" + r.ports(), "許可", r.path().japanese(), r.sanitiser(), r.purpose(),
                r.flagged() ? "要確認" : ""));
        return TableExport.download(exportFormat, "通信経路", "network-flows",
                out -> table.write(exportFormat, rows.stream(), out));
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String newForm(Model model) {
        return form(model, FlowForm.empty(), null, Map.of());
    }

    @PostMapping
    @RequiresPermission(Permission.NETWORK_EDIT)
    String create(@ModelAttribute FlowForm form, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var errors = form.errors();
        if (!errors.isEmpty()) {
            return form(model, form, null, errors);
        }
        try {
            var id = management.declareFlow(user.tenantId(), form.flow(UUID.randomUUID()));
            messages.flash(redirect, "network.flash.flowDeclared");
            return "redirect:/network/flows/" + id;
        } catch (NetworkRefused e) {
            messages.refusal(model, e);
            return form(model, form, null, errors);
        }
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String show(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var flow = management.flow(user.tenantId(), id);
        model.addAttribute("flow", pages.flow(user.tenantId(), flow));
        model.addAttribute("findings", pages.findingsOn(user.tenantId(), "NetworkFlow", id));
        model.addAttribute("history", history.history(user.tenantId(), "NetworkFlow", id.toString(), 0).items());
        model.addAttribute("canEdit", user.can(Permission.NETWORK_EDIT));
        return "network/flow";
    }

    @GetMapping("/{id}/edit")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String editForm(@PathVariable UUID id, Model model) {
        var flow = management.flow(CurrentUser.require().tenantId(), id);
        return form(model, FlowForm.of(flow), id, Map.of());
    }

    @PostMapping("/{id}")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String update(@PathVariable UUID id, @ModelAttribute FlowForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        var errors = form.errors();
        if (!errors.isEmpty()) {
            return form(model, form, id, errors);
        }
        try {
            management.changeFlow(user.tenantId(), form.flow(id));
        } catch (NetworkRefused e) {
            messages.refusal(model, e);
            return form(model, form, id, errors);
        } catch (EditConflict e) {
            response.setStatus(409);
            model.addAttribute("current", pages.flow(user.tenantId(), management.flow(user.tenantId(), id)));
            return form(model, form, id, errors);
        }
        messages.flash(redirect, "network.flash.flowChanged");
        return "redirect:/network/flows/" + id;
    }

    @PostMapping("/{id}/remove")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String remove(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        management.removeFlow(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "network.flash.flowRemoved");
        return "redirect:/network/flows";
    }

    private String form(Model model, FlowForm form, UUID id, Map<String, FieldProblem> errors) {
        var tenantId = CurrentUser.require().tenantId();
        model.addAttribute("form", form);
        model.addAttribute("flowId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("segments", pages.segments(tenantId).values());
        model.addAttribute("systems", pages.systems(tenantId).values());
        model.addAttribute("paths", FlowPath.values());
        return "network/flow-form";
    }

    // ---- import --------------------------------------------------------------------------------------------------

    @GetMapping("/import")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String importPage(Model model) {
        importPages.page(imports, model);
        return "network/import";
    }

    @PostMapping("/import")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String preview(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response) {
        importPages.preview(imports, file, model, response);
        return "network/import";
    }

    @PostMapping("/import/confirm")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String confirm(@RequestParam(required = false) String upload, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return importPages.confirm(imports, upload, model, response).map(plan -> {
            messages.flash(redirect, "network.flash.imported", plan.changed(), plan.unchanged(), plan.getDenied());
            return "redirect:/network/flows";
        }).orElse("network/import");
    }
}
