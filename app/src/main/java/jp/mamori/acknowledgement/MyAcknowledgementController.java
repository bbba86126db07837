package jp.mamori.acknowledgement;

import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.SignedIn;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff side: 「私の読了確認」 with one's open requests, and per request the revision's text with the
 * confirmation. Matched to the signed-in person through their staff record; another person's request is a 404.
 */
@Controller
@RequestMapping("/acknowledgements")
@SignedIn
class MyAcknowledgementController {

    private final Requests requests;
    private final CampaignManagement management;
    private final CampaignPages pages;
    private final PolicyLibrary policies;
    private final Messages messages;

    MyAcknowledgementController(Requests requests, CampaignManagement management, CampaignPages pages,
            PolicyLibrary policies, Messages messages) {
        this.requests = requests;
        this.management = management;
        this.pages = pages;
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping
    String mine(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("requests", user.staffId() == null ? List.of() : requests.openFor(user.tenantId(), user.staffId()));
        model.addAttribute("seesCampaigns", user.can(Permission.ACKNOWLEDGEMENT_MANAGE)
                || user.can(Permission.ACKNOWLEDGEMENT_PROGRESS));
        return "acknowledgement/mine";
    }

    @GetMapping("/{campaignId}")
    String read(@PathVariable UUID campaignId, Model model) {
        return page(CurrentUser.require(), campaignId, model);
    }

    @PostMapping("/{campaignId}/confirm")
    String confirm(@PathVariable UUID campaignId, @RequestParam(required = false) UUID staffId,
            @RequestParam(defaultValue = "false") boolean agreed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var user = CurrentUser.require();
        try {
            management.confirm(user, campaignId, staffId, agreed);
        } catch (AcknowledgementRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            messages.refusal(model, e);
            return page(user, campaignId, model);
        }
        messages.flash(redirect, "acknowledgement.flash.confirmed");
        return "redirect:/acknowledgements/" + campaignId;
    }

    private String page(CurrentUser user, UUID campaignId, Model model) {
        var campaign = management.campaign(user.tenantId(), campaignId);
        if (user.staffId() == null || !requests.isAsked(user.tenantId(), campaignId, user.staffId())) {
            throw new CampaignNotFound(campaignId);
        }
        var body = policies.renderedBody(user, campaign.revisionId()).orElseThrow(() -> new CampaignNotFound(campaignId));
        model.addAttribute("campaign", campaign);
        model.addAttribute("revision", pages.revision(user.tenantId(), campaign.revisionId()));
        // Sanitised by the policy module against its allow-list (PolicyLibrary#renderedBody): safe for th:utext.
        model.addAttribute("body", body);
        model.addAttribute("confirmation", requests.statuses(user.tenantId(), campaignId).stream()
                .filter(s -> s.staffId().equals(user.staffId())).findFirst().orElse(null));
        model.addAttribute("staffId", user.staffId());
        return "acknowledgement/read";
    }
}
