package jp.mamori.inspection;

import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignPurpose;
import jp.mamori.organization.StaffMember;
import jp.mamori.web.BaseUrl;

import org.springframework.stereotype.Component;

/** 自己点検 on the campaign engine: a sheet goes to the 課's 管理者 for review; reminders link to the sheet. */
@Component
class InspectionPurpose implements CampaignPurpose {

    static final String NAME = "inspection";

    private final BaseUrl baseUrl;

    InspectionPurpose(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objectType() {
        return "InspectionCampaign";
    }

    @Override
    public boolean reviewed() {
        return true;
    }

    @Override
    public ReminderText reminder(Campaign campaign, StaffMember staff, ReminderOccasion occasion) {
        var link = baseUrl.value() + "/inspections/" + campaign.id();
        var subject = switch (occasion) {
            case ROUND -> "【自己点検】" + campaign.title() + "の回答のお願い";
            case DUE_SOON -> "【自己点検】" + campaign.title() + "の期限が近づいています";
            case OVERDUE -> "【自己点検】" + campaign.title() + "の期限を過ぎています";
        };
        var body = staff.name() + " 様\n\n自己点検「" + campaign.title() + "」の点検票の回答をお願いします。\n期限: "
                + campaign.dueOn() + "\n\n" + link + "\n";
        var cause = switch (occasion) {
            case ROUND -> "自己点検の督促「" + campaign.title() + "」";
            case DUE_SOON -> "自己点検の期限前のお知らせ「" + campaign.title() + "」";
            case OVERDUE -> "自己点検の期限超過のお知らせ「" + campaign.title() + "」";
        };
        return new ReminderText(subject, body, cause);
    }
}
