package jp.mamori.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.organization.Organization;
import jp.mamori.web.FormSubmissions;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting staff to get an account, one or many (after a confirmation page that says how many), and revoking
 * an open invitation. The result page is rendered in answer to the POST, not after a redirect: a link that
 * could not be mailed is shown that once and stored nowhere, not even in the session.
 */
@Controller
@RequiresPermission(Permission.ACCOUNT_ADMIN)
class InvitationAdminController {

    private final AccountInvitations invitations;
    private final Organization organization;
    private final Messages messages;

    InvitationAdminController(AccountInvitations invitations, Organization organization, Messages messages) {
        this.invitations = invitations;
        this.organization = organization;
        this.messages = messages;
    }

    @PostMapping("/admin/accounts/invitations")
    String invite(@RequestParam UUID staffId, Model model, HttpServletResponse response) {
        var issued = invitations.invite(CurrentUser.require().tenantId(), staffId);
        response.setHeader("Cache-Control", "no-store");
        // The link is shown once: a second click on 招待する lands on the accounts page instead of refusing.
        FormSubmissions.settledAt("/admin/accounts");
        model.addAttribute("result", new AccountInvitations.Bulk(1, issued.mailed() ? 1 : 0, 0,
                issued.mailed() ? java.util.List.of() : java.util.List.of(issued)));
        model.addAttribute("single", issued);
        return "identity/invitations-sent";
    }

    /** The confirmation step of a bulk invitation: whom it reaches and how many it skips. */
    @GetMapping("/admin/accounts/invitations/bulk")
    String confirmBulk(@RequestParam(required = false) UUID unitId, Model model) {
        var tenantId = CurrentUser.require().tenantId();
        var candidates = invitations.withoutAccount(tenantId, unitId);
        model.addAttribute("count", candidates.stream().filter(c -> !c.invited()).count());
        model.addAttribute("skipped", candidates.stream().filter(AccountInvitations.Candidate::invited).count());
        model.addAttribute("withoutAddress", candidates.stream()
                .filter(c -> !c.invited() && (c.staff().email() == null || c.staff().email().isBlank())).count());
        model.addAttribute("unitId", unitId);
        model.addAttribute("unit", unitId == null ? null : organization.units(tenantId).stream()
                .filter(u -> u.id().equals(unitId)).findFirst().orElse(null));
        return "identity/invitations-confirm";
    }

    @PostMapping("/admin/accounts/invitations/bulk")
    String inviteAll(@RequestParam(required = false) UUID unitId, Model model, HttpServletResponse response) {
        var result = invitations.inviteAll(CurrentUser.require().tenantId(), unitId);
        response.setHeader("Cache-Control", "no-store");
        FormSubmissions.settledAt("/admin/accounts");
        model.addAttribute("result", result);
        return "identity/invitations-sent";
    }

    /**
     * Shows the link of an invitation whose mail has not gone out, once, to hand over; the mail is given up so that
     * it cannot later send a second, different link. The trail names the administrator who saw it.
     */
    @PostMapping("/admin/accounts/invitations/{id}/hand-over")
    String handOver(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var issued = invitations.handOver(CurrentUser.require().tenantId(), id);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("result", new AccountInvitations.Bulk(1, 0, 0, java.util.List.of(issued)));
        model.addAttribute("single", issued);
        return "identity/invitations-sent";
    }

    @PostMapping("/admin/accounts/invitations/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        invitations.revoke(CurrentUser.require().tenantId(), id);
        messages.flash(redirect, "identity.invitation.revoked");
        return "redirect:/admin/accounts";
    }
}
