package jp.mamori.acknowledgement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.access.SignedIn;
import jp.mamori.organization.StaffKind;
import jp.mamori.web.TableExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The managers' side of 読了確認: the campaign list, the form, progress by unit with everyone's status, the
 * confirmed actions (start, add newly targeted staff, remind, close) and the export.
 */
@Controller
@RequestMapping("/acknowledgements/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignManagement management;
    private final CampaignPages pages;
    private final MessageSource messages;

    CampaignController(Campaigns campaigns, CampaignManagement management, CampaignPages pages, MessageSource messages) {
        this.campaigns = campaigns;
        this.management = management;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    @SignedIn
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer page, Model model) {
        var user = ProgressAccess.require();
        var chosen = parseState(state);
        var number = page == null ? 0 : Math.max(0, page);
        model.addAttribute("result", campaigns.page(user.tenantId(), q, chosen, number, 50));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("state", chosen);
        model.addAttribute("states", CampaignState.values());
        model.addAttribute("canManage", user.can(Permission.ACKNOWLEDGEMENT_MANAGE));
        model.addAttribute("revisions", revisionLabels(user.tenantId()));
        return "acknowledgement/campaigns";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String newForm(Model model) {
        return form(model, CampaignForm.empty(management.today(CurrentUser.require().tenantId()).plusWeeks(2)), null, null);
    }

    @PostMapping
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String create(@ModelAttribute CampaignForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var id = management.create(CurrentUser.require().tenantId(), form.draft());
            flash(redirect, "acknowledgement.flash.created");
            return "redirect:/acknowledgements/campaigns/" + id;
        } catch (AcknowledgementRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, e);
        }
    }

    @GetMapping("/{id}")
    @SignedIn
    String show(@PathVariable UUID id, Model model) {
        var user = ProgressAccess.require();
        var progress = pages.progress(user, id);
        model.addAttribute("progress", progress);
        model.addAttribute("lines", pages.staff(user, id));
        model.addAttribute("canManage", user.can(Permission.ACKNOWLEDGEMENT_MANAGE));
        model.addAttribute("units", pages.units(user.tenantId()));
        return "acknowledgement/campaign";
    }

    @GetMapping("/{id}/edit")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String edit(@PathVariable UUID id, Model model) {
        var campaign = management.campaign(CurrentUser.require().tenantId(), id);
        return form(model, CampaignForm.of(campaign), id, null);
    }

    @PostMapping("/{id}")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String update(@PathVariable UUID id, @ModelAttribute CampaignForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var tenantId = CurrentUser.require().tenantId();
        management.campaign(tenantId, id);
        try {
            management.update(tenantId, id, form.version() == null ? -1 : form.version(), form.draft());
        } catch (AcknowledgementRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, id, e);
        }
        flash(redirect, "acknowledgement.flash.saved");
        return "redirect:/acknowledgements/campaigns/" + id;
    }

    /** The confirmation step of every action that changes a started campaign (or starts it). */
    @GetMapping("/{id}/{action:start|close|remind|add-staff}")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String confirm(@PathVariable UUID id, @PathVariable String action, Model model) {
        var campaign = management.campaign(CurrentUser.require().tenantId(), id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("action", action);
        if (action.equals("start")) {
            model.addAttribute("count", management.targeted(campaign, management.today(campaign.tenantId())).size());
        }
        return "acknowledgement/confirm";
    }

    @PostMapping("/{id}/start")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String start(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var asked = management.start(CurrentUser.require().tenantId(), id, version);
        flash(redirect, "acknowledgement.flash.started", asked);
        return "redirect:/acknowledgements/campaigns/" + id;
    }

    @PostMapping("/{id}/add-staff")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String addStaff(@PathVariable UUID id, RedirectAttributes redirect) {
        var added = management.addNewlyTargeted(CurrentUser.require().tenantId(), id);
        flash(redirect, "acknowledgement.flash.staffAdded", added);
        return "redirect:/acknowledgements/campaigns/" + id;
    }

    @PostMapping("/{id}/remind")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String remind(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        var result = management.remind(CurrentUser.require().tenantId(), id, version);
        flash(redirect, "acknowledgement.flash.reminded", result.round(), result.queued());
        redirect.addFlashAttribute("withoutAddress", result.withoutAddress());
        return "redirect:/acknowledgements/campaigns/" + id;
    }

    @PostMapping("/{id}/close")
    @RequiresPermission(Permission.ACKNOWLEDGEMENT_MANAGE)
    String close(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        management.close(CurrentUser.require().tenantId(), id, version);
        flash(redirect, "acknowledgement.flash.closed");
        return "redirect:/acknowledgements/campaigns/" + id;
    }

    @GetMapping("/{id}/export.{format}")
    @SignedIn
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, @PathVariable String format) {
        var user = ProgressAccess.require();
        var exportFormat = TableExport.ExportFormat.parse(format);
        var campaign = management.campaign(user.tenantId(), id);
        var lines = pages.staff(user, id);
        var revision = pages.revision(user.tenantId(), campaign.revisionId());
        var revisionText = revision == null ? campaign.revisionId().toString()
                : text("acknowledgement.revisionLabel", revision.documentTitle(), revision.number(),
                        revision.revisionDate().toString());
        var table = TableExport.<CampaignPages.StaffLine>of(text("acknowledgement.export.sheet"), List.of(
                        text("acknowledgement.field.staffNumber"), text("acknowledgement.field.name"),
                        text("acknowledgement.field.unit"), text("acknowledgement.field.kind"),
                        text("acknowledgement.field.status"), text("acknowledgement.field.confirmedAt"),
                        text("acknowledgement.field.revision"), text("acknowledgement.field.account")),
                l -> Arrays.asList(l.staffNumber(), l.name(), l.unitName(),
                        l.kind() == null ? null : text("acknowledgement.kind." + l.kind().name()),
                        text(l.confirmed() ? "acknowledgement.status.confirmed" : "acknowledgement.status.open"),
                        l.confirmedAt() == null ? null
                                : l.confirmedAt().atZone(management.zone(user.tenantId())).toOffsetDateTime().toString(),
                        l.confirmed() ? revisionText : null, l.accountId()));
        return TableExport.download(exportFormat, text("acknowledgement.export.name", campaign.title()),
                "acknowledgement-" + id, out -> table.write(exportFormat, lines.stream(), out));
    }

    private String form(Model model, CampaignForm form, UUID id, AcknowledgementRefused refusal) {
        var tenantId = CurrentUser.require().tenantId();
        model.addAttribute("form", form);
        model.addAttribute("campaignId", id);
        model.addAttribute("revisions", pages.approvedRevisions(tenantId));
        model.addAttribute("unitChoices", pages.units(tenantId).values().stream().filter(u -> u.active())
                .sorted(java.util.Comparator.comparing(u -> u.code())).toList());
        model.addAttribute("kinds", StaffKind.values());
        if (refusal != null) {
            model.addAttribute("refusalMessage", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                    refusal.messageKey(), LocaleContextHolder.getLocale()));
        }
        return "acknowledgement/campaign-form";
    }

    private java.util.Map<UUID, String> revisionLabels(UUID tenantId) {
        var labels = new java.util.HashMap<UUID, String>();
        for (var r : pages.approvedRevisions(tenantId)) {
            labels.put(r.revisionId(), text("acknowledgement.revisionLabel", r.documentTitle(), r.number(),
                    r.revisionDate().toString()));
        }
        return labels;
    }

    private static CampaignState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CampaignState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private void flash(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", text(key, arguments));
    }
}
