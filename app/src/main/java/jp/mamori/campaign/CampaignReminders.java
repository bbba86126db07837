package jp.mamori.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.campaign.CampaignPurpose.ReminderOccasion;
import jp.mamori.notification.OutgoingMail;
import jp.mamori.notification.ReminderSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The campaigns' date-driven reminders, for the notification module's scheduler: to everyone who still owes their
 * item, once when the due date is {@code mamori.campaign.due-soon-days} (3) days away or nearer, and once after it
 * has passed. The keys name the item and the occasion only ({@code <purpose>:<campaign>:<staff>:due-soon}), so a
 * second run the same day, a day missed, or a second node queues nothing twice.
 */
@Component
class CampaignReminders implements ReminderSource {

    private final Campaigns campaigns;
    private final CampaignEngine engine;
    private final int dueSoonDays;

    CampaignReminders(Campaigns campaigns, CampaignEngine engine,
            @Value("${mamori.campaign.due-soon-days:3}") int dueSoonDays) {
        this.campaigns = campaigns;
        this.engine = engine;
        this.dueSoonDays = dueSoonDays;
    }

    @Override
    public List<OutgoingMail> remindersDue(UUID tenantId, LocalDate today) {
        var mails = new ArrayList<OutgoingMail>();
        for (var campaign : campaigns.open(tenantId)) {
            var occasion = occasion(campaign, today);
            if (occasion == null) {
                continue;
            }
            var key = occasion == ReminderOccasion.OVERDUE ? "overdue" : "due-soon";
            engine.awaiting(campaign).forEach(s -> engine.mail(campaign, s, occasion, key).ifPresent(mails::add));
        }
        return mails;
    }

    private ReminderOccasion occasion(Campaign campaign, LocalDate today) {
        if (campaign.overdueOn(today)) {
            return ReminderOccasion.OVERDUE;
        }
        return !today.isBefore(campaign.dueOn().minusDays(dueSoonDays)) ? ReminderOccasion.DUE_SOON : null;
    }
}
