package jp.mamori.training;

import java.util.Locale;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignPurpose;
import jp.mamori.organization.StaffMember;
import jp.mamori.web.BaseUrl;
import jp.mamori.web.Wareki;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 研修 on the campaign engine: a campaign's subject is the course to take, the item is done when the person passes
 * its quiz (no reviewer), and reminders link to the course page.
 */
@Component
class TrainingPurpose implements CampaignPurpose {

    static final String NAME = "training";

    private final MessageSource messages;
    private final Wareki wareki;
    private final BaseUrl baseUrl;

    TrainingPurpose(MessageSource messages, Wareki wareki, BaseUrl baseUrl) {
        this.messages = messages;
        this.wareki = wareki;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objectType() {
        return "TrainingCampaign";
    }

    @Override
    public ReminderText reminder(Campaign campaign, StaffMember staff, ReminderOccasion occasion) {
        var ja = Locale.JAPANESE;
        var link = baseUrl.value() + "/training/" + campaign.id();
        var subjectKey = switch (occasion) {
            case ROUND -> "training.mail.subject";
            case DUE_SOON -> "training.mail.subject.dueSoon";
            case OVERDUE -> "training.mail.subject.overdue";
        };
        var subject = messages.getMessage(subjectKey, new Object[] {campaign.title()}, ja);
        var body = messages.getMessage("training.mail.body", new Object[] {staff.name(), campaign.title(),
                wareki.both(campaign.dueOn()), link}, ja);
        var cause = switch (occasion) {
            case ROUND -> "研修の督促「" + campaign.title() + "」第" + (campaign.reminderRound() + 1) + "回";
            case DUE_SOON -> "研修の期限前のお知らせ「" + campaign.title() + "」";
            case OVERDUE -> "研修の期限超過のお知らせ「" + campaign.title() + "」";
        };
        return new ReminderText(subject, body, cause);
    }
}
