package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.mamori.kernel.TenantId;
import jp.mamori.notification.MailRefused;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.ReminderSource;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.web.BaseUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reminds the CSIRT of a 速報 or 確報 to an outside body that is due by tomorrow ("due soon") or past its date
 * ("overdue"), once for each occasion, through the notification module's scheduler. Like the report's own mail, a
 * reminder names the body, the stage and the date and links to the incident; it carries nothing of what happened.
 * Keys name the incident, the body, the stage and the occasion, never the run. Thread-safe; reads only.
 */
@Component
class IncidentReminders implements ReminderSource {

    private final IncidentRows rows;
    private final StaffDirectory directory;
    private final Organization organization;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    IncidentReminders(IncidentRows rows, StaffDirectory directory, Organization organization, MessageSource messages,
            BaseUrl baseUrl) {
        this.rows = rows;
        this.directory = directory;
        this.organization = organization;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<OutgoingMail> remindersDue(UUID tenantId, LocalDate today) {
        var due = rows.reportsDueBy(tenantId, today.plusDays(1));
        if (due.isEmpty()) {
            return List.of();
        }
        var ja = Locale.JAPANESE;
        var csirt = directory.holders(TenantId.of(tenantId), SecurityRole.CSIRT_MEMBER, null, today);
        var mails = new ArrayList<OutgoingMail>();
        for (var report : due) {
            var overdue = report.due().isBefore(today);
            var occasion = overdue ? "overdue" : "due-soon";
            var body = messages.getMessage("incident.body." + report.body().name(), null, ja);
            var stage = messages.getMessage("incident.stage." + report.stage().name(), null, ja);
            var subject = messages.getMessage("incident.reminder.subject." + occasion, new Object[] {body, stage}, ja);
            var link = baseUrl.value() + "/incidents/" + report.incidentId();
            for (var holder : csirt) {
                var staff = organization.staffMember(tenantId, holder.staffId().value()).orElse(null);
                if (staff == null || staff.email() == null || staff.email().isBlank()) {
                    continue;
                }
                try {
                    mails.add(new OutgoingMail(tenantId, staff.email().strip(), subject,
                            messages.getMessage("incident.reminder.body", new Object[] {holder.name(), body, stage,
                                    report.due().toString(), link}, ja),
                            "incident:" + report.incidentId() + ":" + report.body() + ":" + report.stage() + ":"
                                    + occasion + ":" + holder.staffId().value(),
                            "インシデントの報告期限"));
                } catch (MailRefused invalidAddress) {
                    // An address the outbox refuses is skipped; the other members are still reminded.
                }
            }
        }
        return mails;
    }
}
