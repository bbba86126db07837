package jp.mamori.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.SignedIn;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.campaign.CampaignNotFound;
import jp.mamori.campaign.CampaignRefused;
import jp.mamori.text.SafeMarkdown;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side: 「私の研修」 with the courses one is asked to take, and per course its material and quiz (questions
 * and choices shuffled per attempt), the attempts so far and the result. Another person's assignment is a 404.
 */
@Controller
@RequestMapping("/training")
@SignedIn
class MyTrainingController {

    record Assigned(UUID campaignId, String title, LocalDate dueOn, boolean done, boolean overdue) {
    }

    private final CampaignEngine engine;
    private final Training training;
    private final Messages messages;

    MyTrainingController(CampaignEngine engine, Training training, Messages messages) {
        this.engine = engine;
        this.training = training;
        this.messages = messages;
    }

    @GetMapping
    String mine(Model model) {
        var user = CurrentUser.require();
        var today = engine.today(user.tenantId());
        List<Assigned> assigned = user.staffId() == null ? List.of()
                : engine.openFor(user.tenantId(), user.staffId(), TrainingPurpose.NAME).stream()
                        .map(r -> new Assigned(r.campaign().id(), r.campaign().title(), r.campaign().dueOn(),
                                r.item().finished(), !r.item().finished() && r.campaign().overdueOn(today)))
                        .toList();
        model.addAttribute("assigned", assigned);
        model.addAttribute("seesCampaigns", user.canAny(Permission.TRAINING_MANAGE, Permission.TRAINING_PROGRESS));
        return "training/mine";
    }

    @GetMapping("/{campaignId}")
    String course(@PathVariable UUID campaignId, Model model) {
        return page(CurrentUser.require(), campaignId, model);
    }

    @PostMapping("/{campaignId}/attempt")
    String attempt(@PathVariable UUID campaignId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        var user = CurrentUser.require();
        var answers = new HashMap<UUID, Integer>();
        form.forEach((name, value) -> {
            if (name.startsWith("q-")) {
                try {
                    answers.put(UUID.fromString(name.substring(2)), Integer.valueOf(value));
                } catch (IllegalArgumentException ignored) {
                    // a tampered field counts as unanswered
                }
            }
        });
        Training.Result result;
        try {
            result = training.attempt(user.tenantId(), campaignId, user.staffId(), user.accountId(), answers);
        } catch (TrainingRefused | CampaignRefused e) {
            response.setStatus(422);
            messages.refusal(model, e);
            return page(user, campaignId, model);
        }
        if (result.attempt().passed()) {
            messages.flash(redirect, "training.flash.passed", result.attempt().score(), result.passMark());
        } else {
            messages.flash(redirect, "training.flash.failed", result.attempt().score(), result.passMark());
        }
        return "redirect:/training/" + campaignId;
    }

    private String page(CurrentUser user, UUID campaignId, Model model) {
        var campaign = training.assignment(user.tenantId(), campaignId);
        var item = engine.item(user.tenantId(), campaignId, user.staffId())
                .orElseThrow(() -> new CampaignNotFound(campaignId));
        var course = training.course(user.tenantId(), campaign.subjectId());
        model.addAttribute("campaign", campaign);
        model.addAttribute("course", course);
        // Rendered by the shared safe pipeline (allow-list sanitiser): safe for th:utext.
        model.addAttribute("material", SafeMarkdown.html(course.material()));
        model.addAttribute("questions", Quiz.shuffled(course, java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        model.addAttribute("attempts", training.attempts(user.tenantId(), user.staffId(), course.id()));
        model.addAttribute("done", item.finished());
        return "training/course";
    }
}
