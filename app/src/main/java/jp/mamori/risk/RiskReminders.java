package jp.mamori.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.kernel.TenantId;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.ReminderSource;
import jp.mamori.organization.Organization;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * Reminders of acceptances that expired, to whoever accepted the risk and to the CISO: once per acceptance (the key
 * names the risk, the assessment number and the last day), so asking again on any day or node queues nothing twice.
 */
@Component
class RiskReminders implements ReminderSource {

    private final Risks risks;
    private final StaffDirectory directory;
    private final Organization organization;

    RiskReminders(Risks risks, StaffDirectory directory, Organization organization) {
        this.risks = risks;
        this.directory = directory;
        this.organization = organization;
    }

    @Override
    public List<OutgoingMail> remindersDue(UUID tenantId, LocalDate today) {
        var mails = new ArrayList<OutgoingMail>();
        for (var risk : risks.acceptanceLapsed(tenantId, today)) {
            var acceptance = risk.acceptance();
            var recipients = new java.util.LinkedHashSet<UUID>();
            recipients.add(acceptance.acceptedBy().value());
            directory.holders(TenantId.of(tenantId), SecurityRole.CISO, null, today)
                    .forEach(h -> recipients.add(h.staffId().value()));
            for (var staffId : recipients) {
                organization.staffMember(tenantId, staffId).filter(s -> s.email() != null && !s.email().isBlank())
                        .ifPresent(s -> mails.add(new OutgoingMail(tenantId, s.email(),
                                "【リスク受容の期限切れ】" + risk.title(),
                                s.name() + " 様\n\nリスク「" + risk.title() + "」の受容は " + acceptance.expiresOn()
                                        + " で期限が切れ、要見直しに戻りました。\n再評価するか、改めて受容してください。\n",
                                "risk:" + risk.id() + ":accepted-" + acceptance.assessmentNumber() + "-"
                                        + acceptance.expiresOn() + ":expired:" + staffId,
                                "リスク受容の期限切れ")));
            }
        }
        return mails;
    }
}
