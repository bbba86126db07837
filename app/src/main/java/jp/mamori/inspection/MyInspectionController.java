package jp.mamori.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.SignedIn;
import jp.mamori.campaign.CampaignEngine;
import jp.mamori.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The respondent's side: 「私の自己点検」 and the answer sheet (one question after another, fitted to a phone), saved
 * as a draft or submitted. A save from a page older than the stored sheet comes back as 409 with the stored answers
 * shown beside the person's own, which stay in the form.
 */
@Controller
@RequestMapping("/inspections")
@SignedIn
class MyInspectionController {

    private final Inspections inspections;
    private final CampaignEngine engine;
    private final Messages messages;

    MyInspectionController(Inspections inspections, CampaignEngine engine, Messages messages) {
        this.inspections = inspections;
        this.engine = engine;
        this.messages = messages;
    }

    @GetMapping
    String mine(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("requests", user.staffId() == null ? List.of()
                : engine.openFor(user.tenantId(), user.staffId(), InspectionPurpose.NAME));
        model.addAttribute("seesCampaigns", user.can(jp.mamori.access.Permission.INSPECTION_MANAGE)
                || user.can(jp.mamori.access.Permission.INSPECTION_PROGRESS));
        return "inspection/mine";
    }

    @GetMapping("/{campaignId}")
    String sheet(@PathVariable UUID campaignId, Model model) {
        var user = CurrentUser.require();
        var sheet = inspections.sheet(user.tenantId(), campaignId, user.staffId()).orElse(null);
        return page(user, campaignId, sheet, sheet == null ? -1 : sheet.version(), null, model);
    }

    @PostMapping("/{campaignId}")
    String save(@PathVariable UUID campaignId, @RequestParam long version,
            @RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var user = CurrentUser.require();
        var entries = entries(form);
        var submit = action.equals("submit");
        try {
            inspections.save(user, campaignId, version, entries, submit);
        } catch (SheetConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.current());
            return page(user, campaignId, typed(user, campaignId, entries), e.current().version(), null, model);
        } catch (InspectionRefused | jp.mamori.campaign.CampaignRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var current = inspections.sheet(user.tenantId(), campaignId, user.staffId()).orElse(null);
            return page(user, campaignId, typed(user, campaignId, entries),
                    current == null ? -1 : current.version(), e, model);
        }
        messages.flash(redirect, submit ? "inspection.flash.submitted" : "inspection.flash.saved");
        return "redirect:/inspections/" + campaignId;
    }

    /** What the person typed, shown again as a sheet so that nothing they entered is lost. */
    private Sheet typed(CurrentUser user, UUID campaignId, List<Inspections.Entry> entries) {
        var replies = new java.util.HashMap<UUID, Sheet.Reply>();
        for (var e : entries) {
            try {
                var answer = Answer.parse(e.answer());
                if (answer != null) {
                    replies.put(e.questionId(), new Sheet.Reply(answer, e.comment() == null ? "" : e.comment()));
                }
            } catch (InspectionRefused ignored) {
                // an unknown answer is not shown again
            }
        }
        return new Sheet(UUID.randomUUID(), user.tenantId(), campaignId, user.staffId(), UUID.randomUUID(),
                java.time.Instant.EPOCH, "", -1, replies);
    }

    static List<Inspections.Entry> entries(MultiValueMap<String, String> form) {
        var entries = new ArrayList<Inspections.Entry>();
        for (var key : form.keySet()) {
            if (key.startsWith("answer-")) {
                UUID id;
                try {
                    id = UUID.fromString(key.substring("answer-".length()));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                entries.add(new Inspections.Entry(id, form.getFirst(key), form.getFirst("comment-" + id)));
            }
        }
        return entries;
    }

    private String page(CurrentUser user, UUID campaignId, Sheet sheet, long version, jp.mamori.kernel.Refused refusal,
            Model model) {
        var campaign = inspections.campaign(user.tenantId(), campaignId);
        var item = inspections.item(user.tenantId(), campaignId, user.staffId());
        model.addAttribute("campaign", campaign);
        model.addAttribute("item", item);
        model.addAttribute("questions", inspections.questions(user.tenantId(), campaign.subjectId()));
        model.addAttribute("replies", sheet == null ? java.util.Map.of() : sheet.replies());
        model.addAttribute("version", version);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("editable", item.state().awaitsThePerson()
                && campaign.state() == jp.mamori.campaign.CampaignState.OPEN);
        if (refusal != null) {
            messages.refusal(model, refusal);
        }
        return "inspection/sheet";
    }
}
