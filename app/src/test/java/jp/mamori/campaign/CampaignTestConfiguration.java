package jp.mamori.campaign;

import jp.mamori.MutableClock;
import jp.mamori.organization.StaffMember;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the engine's Spring tests share (one cached context): a clock the tests move, and a second user of the
 * engine with a reviewer step, shaped like the self-inspection that comes next.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CampaignTestConfiguration {

    /** The test purpose's name: its trail actions are {@code inspection-test.campaign.*}. */
    public static final String REVIEWED = "inspection-test";

    @Bean
    @Primary
    MutableClock campaignTestClock() {
        return new MutableClock();
    }

    @Bean
    CampaignPurpose reviewedTestPurpose() {
        return new CampaignPurpose() {
            @Override
            public String name() {
                return REVIEWED;
            }

            @Override
            public String objectType() {
                return "TestInspectionCampaign";
            }

            @Override
            public boolean reviewed() {
                return true;
            }

            @Override
            public ReminderText reminder(Campaign campaign, StaffMember staff, ReminderOccasion occasion) {
                return new ReminderText("【自己点検】" + occasion + " " + campaign.title(), staff.name() + " 様",
                        "自己点検のお知らせ");
            }
        };
    }
}
