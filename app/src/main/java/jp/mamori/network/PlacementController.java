package jp.mamori.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.asset.ZoneDemands;
import jp.mamori.kernel.EditConflict;
import jp.mamori.network.SegmentForm;
import jp.mamori.network.SystemForm;
import jp.mamori.network.TerminalForm;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registers of segments, systems and terminal groups: list, search, export, page with history, form. */
@Controller
@RequestMapping("/network")
class PlacementController {

    private final NetworkPages pages;
    private final NetworkManagement management;
    private final Networks networks;
    private final ZoneDemands demands;
    private final TrailHistory history;
    private final Messages messages;

    PlacementController(NetworkPages pages, NetworkManagement management, Networks networks, ZoneDemands demands,
            TrailHistory history, Messages messages) {
        this.pages = pages;
        this.management = management;
        this.networks = networks;
        this.demands = demands;
        this.history = history;
        this.messages = messages;
    }

    // ---- segments ------------------------------------------------------------------------------------------------

    @GetMapping("/segments")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String segments(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        list(model, q, NetworkPages.page(pages.segmentRows(user.tenantId(), q), ResultPage.clampPage(page),
                ResultPage.DEFAULT_SIZE));
        return "network/segments";
    }

    @GetMapping("/segments/export.{format}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    ResponseEntity<StreamingResponseBody> exportSegments(@PathVariable String format,
            @RequestParam(required = false) String q) {
        var f = ExportFormat.parse(format);
        var rows = pages.segmentRows(CurrentUser.require().tenantId(), q);
        var table = TableExport.<NetworkPages.SegmentRow>of("セグメント", List.of("名称", "区域", "アドレス", "テナント制限",
                "システム数", "端末数", "通信経路数", "説明"), r -> List.of(r.segment().name(), r.segment().area().japanese(),
                r.segment().addresses(), r.segment().tenantRestricted() ? "あり" : "", r.systems(), r.terminals(),
                r.flows(), r.segment().description()));
        return TableExport.download(f, "セグメント", "network-segments", out -> table.write(f, rows.stream(), out));
    }

    @GetMapping("/segments/new")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String newSegment(Model model) {
        return segmentPage(model, null, new SegmentForm("", Area.LGWAN, "", false, "", null), Map.of());
    }

    @GetMapping("/segments/{id}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String segment(@PathVariable UUID id, Model model) {
        var s = networks.segment(CurrentUser.require().tenantId(), id)
                .orElseThrow(() -> new NetworkNotFound("segment", id));
        return segmentPage(model, id, SegmentForm.of(s), Map.of());
    }

    @PostMapping({"/segments", "/segments/{id}"})
    @RequiresPermission(Permission.NETWORK_EDIT)
    String saveSegment(@PathVariable(required = false) UUID id, @ModelAttribute SegmentForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        var errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return segmentPage(model, id, form, errors);
        }
        try {
            UUID saved = id;
            if (id == null) {
                saved = management.addSegment(tenantId, form.segment(UUID.randomUUID()));
            } else {
                management.changeSegment(tenantId, form.segment(id));
            }
            messages.flash(redirect, "network.flash.saved");
            return "redirect:/network/segments/" + saved;
        } catch (NetworkRefused e) {
            response.setStatus(422);
            messages.refusal(model, e);
        } catch (EditConflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return segmentPage(model, id, form, errors);
    }

    private String segmentPage(Model model, UUID id, SegmentForm form, Map<String, FieldProblem> errors) {
        var tenantId = CurrentUser.require().tenantId();
        common(model, id, errors);
        model.addAttribute("form", form);
        model.addAttribute("areas", Area.values());
        if (id != null) {
            model.addAttribute("findings", pages.findingsOn(tenantId, "NetworkSegment", id));
            model.addAttribute("history", history.history(tenantId, "NetworkSegment", id.toString(), 0).items());
        }
        return "network/segment";
    }

    // ---- systems -------------------------------------------------------------------------------------------------

    @GetMapping("/systems")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String systems(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        list(model, q, NetworkPages.page(pages.systemRows(user.tenantId(), q), ResultPage.clampPage(page),
                ResultPage.DEFAULT_SIZE));
        model.addAttribute("assets", demands.of(user.tenantId()));
        return "network/systems";
    }

    @GetMapping("/systems/export.{format}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    ResponseEntity<StreamingResponseBody> exportSystems(@PathVariable String format,
            @RequestParam(required = false) String q) {
        var f = ExportFormat.parse(format);
        var tenantId = CurrentUser.require().tenantId();
        var rows = pages.systemRows(tenantId, q);
        var assets = demands.of(tenantId);
        var table = TableExport.<NetworkPages.SystemRow>of("情報システム", List.of("名称", "セグメント", "区域", "アドレス",
                "台帳番号", "要確認"), r -> List.of(r.system().name(), r.segment(), r.area().japanese(),
                r.system().address(), r.system().assetId() == null || assets.get(r.system().assetId()) == null ? ""
                        : assets.get(r.system().assetId()).registerNumber(), r.flagged() ? "要確認" : ""));
        return TableExport.download(f, "情報システム", "network-systems", out -> table.write(f, rows.stream(), out));
    }

    @GetMapping("/systems/new")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String newSystem(Model model) {
        return systemPage(model, null, new SystemForm("", null, "", "", "", null), Map.of());
    }

    @GetMapping("/systems/{id}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String system(@PathVariable UUID id, Model model) {
        var tenantId = CurrentUser.require().tenantId();
        var s = networks.system(tenantId, id).orElseThrow(() -> new NetworkNotFound("system", id));
        var asset = s.assetId() == null ? null : demands.of(tenantId).get(s.assetId());
        return systemPage(model, id, new SystemForm(s.name(), s.segmentId(), asset == null ? "" : asset.registerNumber(),
                s.address(), s.description(), s.version()), Map.of());
    }

    @PostMapping({"/systems", "/systems/{id}"})
    @RequiresPermission(Permission.NETWORK_EDIT)
    String saveSystem(@PathVariable(required = false) UUID id, @ModelAttribute SystemForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        var errors = new java.util.LinkedHashMap<>(form.errors());
        UUID assetId = null;
        if (form.assetNumber() != null && !form.assetNumber().isBlank()) {
            assetId = demands.of(tenantId).entrySet().stream()
                    .filter(e -> e.getValue().registerNumber().equals(form.assetNumber().strip()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (assetId == null) {
                errors.put("assetNumber", FieldProblem.of("network.problem.assetNumber", form.assetNumber()));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return systemPage(model, id, form, errors);
        }
        try {
            UUID saved = id;
            if (id == null) {
                saved = management.addSystem(tenantId, form.system(UUID.randomUUID(), assetId));
            } else {
                management.changeSystem(tenantId, form.system(id, assetId));
            }
            messages.flash(redirect, "network.flash.saved");
            return "redirect:/network/systems/" + saved;
        } catch (NetworkRefused e) {
            response.setStatus(422);
            messages.refusal(model, e);
        } catch (EditConflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return systemPage(model, id, form, errors);
    }

    private String systemPage(Model model, UUID id, SystemForm form, Map<String, FieldProblem> errors) {
        var tenantId = CurrentUser.require().tenantId();
        common(model, id, errors);
        model.addAttribute("form", form);
        model.addAttribute("segments", pages.segments(tenantId).values());
        if (id != null) {
            model.addAttribute("findings", pages.findingsOn(tenantId, "NetworkSystem", id));
            model.addAttribute("history", history.history(tenantId, "NetworkSystem", id.toString(), 0).items());
        }
        return "network/system";
    }

    // ---- terminal groups -----------------------------------------------------------------------------------------

    @GetMapping("/terminals")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String terminals(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        var user = CurrentUser.require();
        list(model, q, NetworkPages.page(pages.terminalRows(user.tenantId(), q), ResultPage.clampPage(page),
                ResultPage.DEFAULT_SIZE));
        return "network/terminals";
    }

    @GetMapping("/terminals/export.{format}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    ResponseEntity<StreamingResponseBody> exportTerminals(@PathVariable String format,
            @RequestParam(required = false) String q) {
        var f = ExportFormat.parse(format);
        var rows = pages.terminalRows(CurrentUser.require().tenantId(), q);
        var table = TableExport.<NetworkPages.TerminalRow>of("端末", List.of("名称", "セグメント", "区域", "台数",
                "認証要素数", "外部記録媒体", "EPP", "EDR", "画面転送", "要確認"), r -> List.of(r.group().name(),
                r.segment(), r.area().japanese(), r.group().count(), r.group().factors(),
                r.group().externalMedia().japanese(), r.group().epp() ? "あり" : "なし", r.group().edr() ? "あり" : "なし",
                r.group().screenTransferClient() ? "あり" : "なし", r.flagged() ? "要確認" : ""));
        return TableExport.download(f, "端末", "network-terminals", out -> table.write(f, rows.stream(), out));
    }

    @GetMapping("/terminals/new")
    @RequiresPermission(Permission.NETWORK_EDIT)
    String newTerminals(Model model) {
        return terminalPage(model, null, new TerminalForm("", null, 1, 2, ExternalMedia.ALLOW_LISTED, true, false,
                false, "", null), Map.of());
    }

    @GetMapping("/terminals/{id}")
    @RequiresPermission(Permission.NETWORK_VIEW)
    String terminal(@PathVariable UUID id, Model model) {
        var g = networks.terminal(CurrentUser.require().tenantId(), id)
                .orElseThrow(() -> new NetworkNotFound("terminal group", id));
        return terminalPage(model, id, TerminalForm.of(g), Map.of());
    }

    @PostMapping({"/terminals", "/terminals/{id}"})
    @RequiresPermission(Permission.NETWORK_EDIT)
    String saveTerminals(@PathVariable(required = false) UUID id, @ModelAttribute TerminalForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        var errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return terminalPage(model, id, form, errors);
        }
        try {
            UUID saved = id;
            if (id == null) {
                saved = management.addTerminals(tenantId, form.group(UUID.randomUUID()));
            } else {
                management.changeTerminals(tenantId, form.group(id));
            }
            messages.flash(redirect, "network.flash.saved");
            return "redirect:/network/terminals/" + saved;
        } catch (NetworkRefused e) {
            response.setStatus(422);
            messages.refusal(model, e);
        } catch (EditConflict e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
        }
        return terminalPage(model, id, form, errors);
    }

    private String terminalPage(Model model, UUID id, TerminalForm form, Map<String, FieldProblem> errors) {
        var tenantId = CurrentUser.require().tenantId();
        common(model, id, errors);
        model.addAttribute("form", form);
        model.addAttribute("segments", pages.segments(tenantId).values());
        model.addAttribute("media", ExternalMedia.values());
        if (id != null) {
            model.addAttribute("findings", pages.findingsOn(tenantId, "TerminalGroup", id));
            model.addAttribute("history", history.history(tenantId, "TerminalGroup", id.toString(), 0).items());
        }
        return "network/terminal";
    }

    private static void list(Model model, String q, ResultPage<?> result) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", result);
        model.addAttribute("canEdit", CurrentUser.require().can(Permission.NETWORK_EDIT));
    }

    private static void common(Model model, UUID id, Map<String, FieldProblem> errors) {
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", CurrentUser.require().can(Permission.NETWORK_EDIT));
        model.addAttribute("findings", List.of());
        model.addAttribute("history", List.of());
    }
}
