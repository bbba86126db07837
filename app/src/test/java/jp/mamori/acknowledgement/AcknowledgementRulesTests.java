package jp.mamori.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.campaign.Campaign;
import jp.mamori.campaign.CampaignState;
import jp.mamori.campaign.CampaignTarget;
import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;

/**
 * The confirmation rule as a table, without Spring. (The campaign's own transitions and targets moved with the
 * engine: {@code jp.mamori.campaign.CampaignRulesTests}.)
 */
class AcknowledgementRulesTests {

    static final UUID TENANT = UUID.randomUUID();

    static Campaign campaign(CampaignState state) {
        return new Campaign(UUID.randomUUID(), TENANT, AcknowledgementPurpose.NAME, "基本方針の読了確認",
                UUID.randomUUID(), new CampaignTarget(true, Set.of(), Set.of()), LocalDate.of(2026, 12, 1), state,
                LocalDate.of(2026, 11, 1), state == CampaignState.CLOSED ? Instant.now() : null, 0, null, 1);
    }

    static CurrentUser user(UUID staffId) {
        return new CurrentUser(UUID.randomUUID(), staffId, TENANT, "山田 太郎", Set.of(), false, Set.of());
    }

    static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }

    @Test
    void onlyThePersonAskedConfirmsForThemselvesInAnOpenCampaignOnceAndHavingAgreed() {
        var me = UUID.randomUUID();
        var someoneElse = UUID.randomUUID();
        var open = campaign(CampaignState.OPEN);
        var closed = campaign(CampaignState.CLOSED);

        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, false, true))).isEqualTo("allowed");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), someoneElse, true, false, true)))
                .isEqualTo("acknowledgement.refused.someoneElse");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(null), me, true, false, true)))
                .isEqualTo("acknowledgement.refused.someoneElse");
        assertThat(key(ConfirmationRules.mayConfirm(closed, user(me), me, true, false, true)))
                .isEqualTo("campaign.refused.notOpen");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, false, false, true)))
                .isEqualTo("acknowledgement.refused.notAsked");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, true, true)))
                .isEqualTo("acknowledgement.refused.alreadyConfirmed");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, false, false)))
                .isEqualTo("acknowledgement.refused.notAgreed");
    }
}
