package jp.mamori.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignExport;
import jp.mamori.campaign.CampaignProgress;
import jp.mamori.campaign.CampaignRefused;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.organization.SecurityRole;
import jp.mamori.web.Messages;
import jp.mamori.web.ResultPage;

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

/**
 * The managers' side: the courses, assigning a course (to all staff or the holders of a role), and per assignment
 * the completion by unit as a chart and a table within the reader's reach, reminders and the CSV/XLSX of who did
 * what. TRAINING_MANAGE changes; TRAINING_PROGRESS reads within its reach.
 */
@Controller
@RequestMapping("/training/campaigns")
class TrainingCampaignController {

    private final Training training;
    private final CampaignEngine engine;
    private final CampaignProgress progress;
    private final CampaignExport export;
    private final Courses courses;
    private final Messages messages;

    TrainingCampaignController(Training training, CampaignEngine engine, CampaignProgress progress,
            CampaignExport export, Courses courses, Messages messages) {
        this.training = training;
        this.engine = engine;
        this.progress = progress;
        this.export = export;
        this.courses = courses;
        this.messages = messages;
    }

    static boolean seesUnit(CurrentUser user, UUID unitId) {
        return user.can(Permission.TRAINING_MANAGE, unitId) || user.can(Permission.TRAINING_PROGRESS, unitId);
    }

    @GetMapping
    @RequiresPermission({Permission.TRAINING_MANAGE, Permission.TRAINING_PROGRESS})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("result", engine.page(user.tenantId(), TrainingPurpose.NAME, q == null ? "" : q, null,
                ResultPage.clampPage(page), ResultPage.DEFAULT_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("courses", training.courses(user.tenantId()));
        model.addAttribute("roles", SecurityRole.values());
        model.addAttribute("defaultDue", engine.today(user.tenantId()).plusWeeks(4));
        model.addAttribute("canManage", user.can(Permission.TRAINING_MANAGE));
        return "training/campaigns";
    }

    @PostMapping
    @RequiresPermission(Permission.TRAINING_MANAGE)
    String assign(@RequestParam UUID courseId, @RequestParam String title,
            @RequestParam(required = false) SecurityRole role, @RequestParam(required = false) LocalDate dueOn,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var user = CurrentUser.require();
        var target = role == null ? new CampaignTarget(true, Set.of(), Set.of())
                : new CampaignTarget(false, Set.of(), Set.of(), Set.of(role), Set.of());
        UUID id;
        try {
            id = training.assign(user.tenantId(), courseId, title, target, dueOn);
        } catch (TrainingRefused | CampaignRefused e) {
            response.setStatus(422);
            messages.refusal(model, e);
            return list(null, 0, model);
        }
        messages.flash(redirect, "training.flash.assigned");
        return "redirect:/training/campaigns/" + id;
    }

    @GetMapping("/{id}")
    @RequiresPermission({Permission.TRAINING_MANAGE, Permission.TRAINING_PROGRESS})
    String campaign(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var campaign = training.assignment(user.tenantId(), id);
        var shown = progress.progress(user.tenantId(), id, unit -> seesUnit(user, unit));
        model.addAttribute("campaign", campaign);
        model.addAttribute("course", training.course(user.tenantId(), campaign.subjectId()));
        model.addAttribute("progress", shown);
        model.addAttribute("chart", CompletionChartDrawing.svg("completion", messages.text("training.chart.title",
                campaign.title()), shown.units()));
        model.addAttribute("canManage", user.can(Permission.TRAINING_MANAGE));
        return "training/campaign";
    }

    @PostMapping("/{id}/remind")
    @RequiresPermission(Permission.TRAINING_MANAGE)
    String remind(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        training.assignment(user.tenantId(), id);
        var result = engine.remind(user.tenantId(), id, version);
        messages.flash(redirect, "training.flash.reminded", result.queued());
        return "redirect:/training/campaigns/" + id;
    }

    @GetMapping("/{id}/export.{format}")
    @RequiresPermission({Permission.TRAINING_MANAGE, Permission.TRAINING_PROGRESS})
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @PathVariable String format) {
        var user = CurrentUser.require();
        var campaign = training.assignment(user.tenantId(), id);
        var counts = courses.attemptCounts(user.tenantId(), id);
        return export.download(campaign, progress.lines(user.tenantId(), id, unit -> seesUnit(user, unit)), format,
                List.of(new CampaignExport.Column(messages.text("training.export.attempts"),
                        line -> counts.getOrDefault(line.staffId(), 0))));
    }
}
