package jp.mamori.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignExport;
import jp.mamori.campaign.CampaignProgress;
import jp.mamori.campaign.CampaignRefused;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Messages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The managers' side of 自己点検: campaigns (create, start, remind), progress by unit, the results chart, each sheet
 * for review (return with a comment, accept) and a corrective action from a 未実施 answer, and the export.
 */
@Controller
@RequestMapping("/inspections/campaigns")
class InspectionController {

    private final Inspections inspections;
    private final CampaignEngine engine;
    private final CampaignProgress progress;
    private final CampaignExport export;
    private final Messages messages;

    InspectionController(Inspections inspections, CampaignEngine engine, CampaignProgress progress,
            CampaignExport export, Messages messages) {
        this.inspections = inspections;
        this.engine = engine;
        this.progress = progress;
        this.export = export;
        this.messages = messages;
    }

    /** How many sheets the campaign page lists at most. */
    static final int SHOWN = 200;

    private static boolean sees(CurrentUser user, UUID unitId) {
        return Inspections.reviews(user, unitId);
    }

    @GetMapping
    @RequiresPermission({Permission.INSPECTION_MANAGE, Permission.INSPECTION_PROGRESS})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("result", engine.page(user.tenantId(), InspectionPurpose.NAME, q, null,
                page == null ? 0 : Math.max(0, page), 50));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("canManage", user.can(Permission.INSPECTION_MANAGE));
        model.addAttribute("sets", inspections.questionSets(user.tenantId()));
        model.addAttribute("units", progress.units(user.tenantId()).values().stream().filter(u -> u.active())
                .sorted(java.util.Comparator.comparing(u -> u.code())).toList());
        model.addAttribute("dueOn", inspections.today(user.tenantId()).plusWeeks(3));
        return "inspection/campaigns";
    }

    @PostMapping("/question-sets")
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String createSet(@RequestParam String title, @RequestParam(defaultValue = "") String own,
            RedirectAttributes redirect) {
        inspections.createQuestionSet(CurrentUser.require().tenantId(), title, Arrays.asList(own.split("\\R")));
        messages.flash(redirect, "inspection.flash.setCreated");
        return "redirect:/inspections/campaigns";
    }

    @PostMapping
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String create(@RequestParam String title, @RequestParam UUID setId,
            @RequestParam(required = false) List<UUID> units,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var user = CurrentUser.require();
        try {
            var id = inspections.createCampaign(user.tenantId(), title, setId,
                    units == null ? Set.of() : Set.copyOf(units), dueOn);
            messages.flash(redirect, "inspection.flash.created");
            return "redirect:/inspections/campaigns/" + id;
        } catch (InspectionRefused | CampaignRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, e);
            return list(null, null, model);
        }
    }

    @GetMapping("/{id}")
    @RequiresPermission({Permission.INSPECTION_MANAGE, Permission.INSPECTION_PROGRESS})
    String show(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var campaign = inspections.campaign(user.tenantId(), id);
        model.addAttribute("progress", progress.progress(user.tenantId(), id, u -> sees(user, u)));
        // The sheets waiting for review first; a large campaign lists the first SHOWN here, the export has them all.
        var lines = progress.lines(user.tenantId(), id, u -> sees(user, u));
        model.addAttribute("lines", lines.stream().sorted(java.util.Comparator.comparing(
                (CampaignProgress.Line l) -> l.state() != jp.mamori.campaign.ItemState.SUBMITTED)).limit(SHOWN).toList());
        model.addAttribute("linesTotal", lines.size());
        model.addAttribute("canManage", user.can(Permission.INSPECTION_MANAGE));
        var results = inspections.resultsByQuestion(user.tenantId(), id, u -> sees(user, u));
        model.addAttribute("results", results);
        model.addAttribute("chart", ResultsChartDrawing.draw("results-chart", messages.text("inspection.results.title"),
                results, a -> messages.text("inspection.answer." + a.name())));
        model.addAttribute("weakest", results.stream().filter(r -> r.total() > 0)
                .sorted(java.util.Comparator.comparingInt(Inspections.Result::score)).limit(5).toList());
        model.addAttribute("campaign", campaign);
        return "inspection/campaign";
    }

    @GetMapping("/{id}/start")
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String confirmStart(@PathVariable UUID id, Model model) {
        var campaign = inspections.campaign(CurrentUser.require().tenantId(), id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("count", engine.targeted(campaign, inspections.today(campaign.tenantId())).size());
        return "inspection/start";
    }

    @PostMapping("/{id}/start")
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String start(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var asked = inspections.start(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "inspection.flash.started", asked);
        return "redirect:/inspections/campaigns/" + id;
    }

    @PostMapping("/{id}/remind")
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String remind(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        inspections.campaign(user.tenantId(), id);
        var result = engine.remind(user.tenantId(), id, version);
        messages.flash(redirect, result.repeated() ? "inspection.flash.remindRepeated" : "inspection.flash.reminded",
                result.round(), result.queued());
        return "redirect:/inspections/campaigns/" + id;
    }

    @GetMapping("/{id}/sheets/{staffId}")
    @RequiresPermission({Permission.INSPECTION_MANAGE, Permission.INSPECTION_PROGRESS})
    String sheet(@PathVariable UUID id, @PathVariable UUID staffId, Model model) {
        var user = CurrentUser.require();
        var campaign = inspections.campaign(user.tenantId(), id);
        var item = inspections.item(user.tenantId(), id, staffId);
        if (!sees(user, item.unitId())) {
            throw new jp.mamori.campaign.CampaignNotFound(id);
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("item", item);
        model.addAttribute("staffId", staffId);
        model.addAttribute("questions", inspections.questions(user.tenantId(), campaign.subjectId()));
        model.addAttribute("replies", inspections.sheet(user.tenantId(), id, staffId).map(Sheet::replies)
                .orElse(java.util.Map.of()));
        model.addAttribute("canManage", user.can(Permission.INSPECTION_MANAGE, item.unitId()));
        model.addAttribute("actionDue", inspections.today(user.tenantId()).plusMonths(1));
        return "inspection/review";
    }

    @PostMapping("/{id}/sheets/{staffId}/{verdict:accept|return}")
    @RequiresPermission({Permission.INSPECTION_MANAGE, Permission.INSPECTION_PROGRESS})
    String review(@PathVariable UUID id, @PathVariable UUID staffId, @PathVariable String verdict,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            inspections.review(CurrentUser.require(), id, staffId, verdict.equals("accept"), note);
        } catch (InspectionRefused | CampaignRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, e);
            return sheet(id, staffId, model);
        }
        messages.flash(redirect, verdict.equals("accept") ? "inspection.flash.accepted" : "inspection.flash.returned");
        return "redirect:/inspections/campaigns/" + id + "/sheets/" + staffId;
    }

    @PostMapping("/{id}/sheets/{staffId}/actions")
    @RequiresPermission(Permission.INSPECTION_MANAGE)
    String correctiveAction(@PathVariable UUID id, @PathVariable UUID staffId, @RequestParam UUID questionId,
            @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            inspections.openCorrectiveAction(CurrentUser.require(), id, staffId, questionId, title, due);
        } catch (Refused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, e);
            return sheet(id, staffId, model);
        }
        messages.flash(redirect, "inspection.flash.actionOpened");
        return "redirect:/inspections/campaigns/" + id + "/sheets/" + staffId;
    }

    @GetMapping("/{id}/export.{format}")
    @RequiresPermission({Permission.INSPECTION_MANAGE, Permission.INSPECTION_PROGRESS})
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @PathVariable String format) {
        var user = CurrentUser.require();
        var campaign = inspections.campaign(user.tenantId(), id);
        var questions = inspections.questions(user.tenantId(), campaign.subjectId());
        var loaded = new java.util.HashMap<UUID, java.util.Optional<Sheet>>();
        var columns = questions.stream().map(q -> new CampaignExport.Column(q.position() + ". " + q.text(),
                line -> answerOf(loaded.computeIfAbsent(line.staffId(),
                        s -> inspections.sheet(user.tenantId(), id, s)), line, q))).collect(Collectors.toList());
        return export.download(campaign, progress.lines(user.tenantId(), id, u -> sees(user, u)), format, columns);
    }

    private Object answerOf(java.util.Optional<Sheet> sheet, CampaignProgress.Line line, Question question) {
        if (line.answerId() == null) {
            return null;
        }
        return sheet.map(s -> s.replies().get(question.id()))
                .map(r -> messages.text("inspection.answer." + r.answer().name())
                        + (r.comment().isEmpty() ? "" : "（" + r.comment() + "）"))
                .orElse(null);
    }
}
