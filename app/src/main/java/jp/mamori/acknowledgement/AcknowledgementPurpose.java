package jp.mamori.acknowledgement;

import java.util.Locale;

import jp.mamori.web.BaseUrl;
import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignPurpose;
import jp.mamori.organization.StaffMember;
import jp.mamori.policy.PolicyLibrary;
import jp.mamori.web.Wareki;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 読了確認 on the campaign engine: the campaign's subject is the policy revision to read, only people in the
 * revision's audience are asked, a confirmation needs no reviewer, and reminders link to the reading page.
 */
@Component
class AcknowledgementPurpose implements CampaignPurpose {

    static final String NAME = "acknowledgement";

    private final PolicyLibrary policies;
    private final MessageSource messages;
    private final Wareki wareki;
    private final BaseUrl baseUrl;

    AcknowledgementPurpose(PolicyLibrary policies, MessageSource messages, Wareki wareki,
            BaseUrl baseUrl) {
        this.policies = policies;
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
        return "AcknowledgementCampaign";
    }

    @Override
    public boolean eligible(Campaign campaign, StaffMember staff) {
        return policies.inAudience(campaign.tenantId(), staff.id(), campaign.subjectId());
    }

    @Override
    public ReminderText reminder(Campaign campaign, StaffMember staff, ReminderOccasion occasion) {
        var ja = Locale.JAPANESE;
        var revision = policies.revision(campaign.tenantId(), campaign.subjectId()).orElse(null);
        var document = revision == null ? "" : revision.documentTitle();
        var link = baseUrl.value() + "/acknowledgements/" + campaign.id();
        var subjectKey = switch (occasion) {
            case ROUND -> "acknowledgement.mail.subject";
            case DUE_SOON -> "acknowledgement.mail.subject.dueSoon";
            case OVERDUE -> "acknowledgement.mail.subject.overdue";
        };
        var subject = messages.getMessage(subjectKey, new Object[] {campaign.title()}, ja);
        var body = messages.getMessage("acknowledgement.mail.body", new Object[] {staff.name(), campaign.title(),
                document, wareki.both(campaign.dueOn()), link}, ja);
        var cause = switch (occasion) {
            case ROUND -> "読了確認の督促「" + campaign.title() + "」第" + (campaign.reminderRound() + 1) + "回";
            case DUE_SOON -> "読了確認の期限前のお知らせ「" + campaign.title() + "」";
            case OVERDUE -> "読了確認の期限超過のお知らせ「" + campaign.title() + "」";
        };
        return new ReminderText(subject, body, cause);
    }
}
