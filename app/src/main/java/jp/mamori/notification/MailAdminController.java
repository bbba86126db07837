package jp.mamori.notification;

import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.web.Messages;
import jp.mamori.web.TableExport;
import jp.mamori.web.TenantZone;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox for administrators: list, one mail, "retry now" and "give up" (each confirmed first), export. */
@Controller
@RequestMapping("/admin/mail")
@RequiresPermission(Permission.MAIL_ADMIN)
class MailAdminController {

    private final OutboxRows rows;
    private final MailAdministration administration;
    private final Messages messages;
    private final TenantZone zones;

    MailAdminController(OutboxRows rows, MailAdministration administration, Messages messages, TenantZone zones) {
        this.rows = rows;
        this.administration = administration;
        this.messages = messages;
        this.zones = zones;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var query = MailQuery.of(q, state, page, size);
        model.addAttribute("query", query);
        model.addAttribute("result", rows.page(CurrentUser.require().tenantId(), query));
        model.addAttribute("states", MailState.values());
        return "notification/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var mail = administration.mail(CurrentUser.require().tenantId(), id);
        model.addAttribute("mail", mail);
        model.addAttribute("body", mail.shownBody(messages.text("notification.sealedLink")));
        return "notification/detail";
    }

    /** The confirmation step of "retry now" and "give up". */
    @GetMapping("/{id}/{action:retry|give-up}")
    String confirm(@PathVariable UUID id, @PathVariable String action, Model model) {
        model.addAttribute("mail", administration.mail(CurrentUser.require().tenantId(), id));
        model.addAttribute("action", action);
        return "notification/confirm";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        administration.retryNow(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "notification.flash.retried");
        return "redirect:/admin/mail/" + id;
    }

    @PostMapping("/{id}/give-up")
    String giveUp(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        administration.giveUp(CurrentUser.require().tenantId(), id, version);
        messages.flash(redirect, "notification.flash.cancelled");
        return "redirect:/admin/mail/" + id;
    }

    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state) {
        var exportFormat = TableExport.ExportFormat.parse(format);
        var tenantId = CurrentUser.require().tenantId();
        var query = MailQuery.of(q, state, 0, MailQuery.MAX_SIZE);
        var all = new java.util.ArrayList<OutboxRows.Mail>();
        rows.each(tenantId, query, all::add);
        var table = TableExport.<OutboxRows.Mail>of(messages.text("notification.title"), List.of(messages.text("notification.field.createdAt"),
                        messages.text("notification.field.recipient"), messages.text("notification.field.subject"),
                        messages.text("notification.field.causedBy"), messages.text("notification.field.state"),
                        messages.text("notification.field.attempts"), messages.text("notification.field.lastError"),
                        messages.text("notification.field.sentAt")),
                m -> java.util.Arrays.asList(m.createdAt(), m.recipient(), m.subject(), m.causedBy(),
                        messages.text("notification.state." + m.state().name()), m.attempts(), m.lastError(), m.sentAt()))
                .timesIn(zones.zone(tenantId), messages.text("notification.field.createdAt"),
                        messages.text("notification.field.sentAt"));
        return TableExport.download(exportFormat, messages.text("notification.export.name"), "outbox",
                out -> table.write(exportFormat, all.stream(), out));
    }
}
