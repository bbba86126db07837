package jp.mamori.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;
import jp.mamori.kernel.Decision;

import org.junit.jupiter.api.Test;

/** The campaign's transitions and the confirmation rule as tables, without Spring. */
class AcknowledgementRulesTests {

    static final UUID TENANT = UUID.randomUUID();
    static final UUID SOUMU = UUID.randomUUID();
    static final UUID SOUMU_SUB = UUID.randomUUID();
    static final UUID ZEIMU = UUID.randomUUID();
    static final Map<UUID, Set<UUID>> REACH = Map.of(SOUMU, Set.of(SOUMU, SOUMU_SUB), ZEIMU, Set.of(ZEIMU));

    static AcknowledgementCampaign draft(CampaignTarget target) {
        return AcknowledgementCampaign.draft(TENANT, "基本方針の読了確認", UUID.randomUUID(), target,
                LocalDate.of(2026, 12, 1));
    }

    static StaffMember staff(UUID unit, StaffKind kind) {
        return new StaffMember(UUID.randomUUID(), TENANT, "山田 太郎", "やまだ たろう", "100001", kind, unit, null,
                LocalDate.of(2000, 4, 1), null);
    }

    static CurrentUser user(UUID staffId) {
        return new CurrentUser(UUID.randomUUID(), staffId, TENANT, "山田 太郎", Set.of(), false, Set.of());
    }

    static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }

    @Test
    void cannotStartWithoutATarget() {
        var none = draft(new CampaignTarget(false, Set.of(), Set.of()));
        assertThat(key(none.mayStart())).isEqualTo("acknowledgement.refused.noTarget");
        assertThatThrownBy(() -> none.started(LocalDate.now())).isInstanceOf(AcknowledgementRefused.class);
        assertThat(draft(new CampaignTarget(true, Set.of(), Set.of())).mayStart().allowed()).isTrue();
    }

    @Test
    void aStartedCampaignCannotBeEditedOrStartedAgainAndAClosedOneTakesNoPart() {
        var open = draft(new CampaignTarget(true, Set.of(), Set.of())).started(LocalDate.of(2026, 11, 1));
        assertThat(open.state()).isEqualTo(CampaignState.OPEN);
        assertThat(key(open.mayEdit())).isEqualTo("acknowledgement.refused.notDraft");
        assertThat(key(open.mayStart())).isEqualTo("acknowledgement.refused.notDraft");
        assertThat(open.reminded().reminderRound()).isEqualTo(1);
        var closed = open.closed(Instant.now());
        assertThat(key(closed.mayTakePart())).isEqualTo("acknowledgement.refused.notOpen");
        assertThatThrownBy(closed::reminded).isInstanceOf(AcknowledgementRefused.class);
        assertThatThrownBy(() -> closed.closed(Instant.now())).isInstanceOf(AcknowledgementRefused.class);
        assertThat(key(draft(new CampaignTarget(true, Set.of(), Set.of())).mayTakePart()))
                .isEqualTo("acknowledgement.refused.notOpen");
    }

    @Test
    void targetsCombineUnitsWithTheirSubUnitsAndKinds() {
        var fiscalInSoumu = new CampaignTarget(false, Set.of(SOUMU), EnumSet.of(StaffKind.FISCAL_YEAR_APPOINTED));
        assertThat(fiscalInSoumu.matches(staff(SOUMU_SUB, StaffKind.FISCAL_YEAR_APPOINTED), REACH::get)).isTrue();
        assertThat(fiscalInSoumu.matches(staff(SOUMU_SUB, StaffKind.REGULAR), REACH::get)).isFalse();
        assertThat(fiscalInSoumu.matches(staff(ZEIMU, StaffKind.FISCAL_YEAR_APPOINTED), REACH::get)).isFalse();

        var allFiscal = new CampaignTarget(false, Set.of(), EnumSet.of(StaffKind.FISCAL_YEAR_APPOINTED));
        assertThat(allFiscal.matches(staff(ZEIMU, StaffKind.FISCAL_YEAR_APPOINTED), REACH::get)).isTrue();
        assertThat(allFiscal.matches(staff(ZEIMU, StaffKind.REGULAR), REACH::get)).isFalse();

        var everyone = new CampaignTarget(true, Set.of(), Set.of());
        assertThat(everyone.matches(staff(ZEIMU, StaffKind.CONTRACTOR), REACH::get)).isTrue();
        assertThat(new CampaignTarget(false, Set.of(), Set.of()).matches(staff(ZEIMU, StaffKind.REGULAR), REACH::get))
                .isFalse();

        var stored = CampaignTarget.of(false, fiscalInSoumu.unitsColumn(), fiscalInSoumu.kindsColumn());
        assertThat(stored).isEqualTo(fiscalInSoumu);
    }

    @Test
    void onlyThePersonAskedConfirmsForThemselvesInAnOpenCampaignOnceAndHavingAgreed() {
        var me = UUID.randomUUID();
        var someoneElse = UUID.randomUUID();
        var open = draft(new CampaignTarget(true, Set.of(), Set.of())).started(LocalDate.of(2026, 11, 1));
        var closed = open.closed(Instant.now());

        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, false, true))).isEqualTo("allowed");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), someoneElse, true, false, true)))
                .isEqualTo("acknowledgement.refused.someoneElse");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(null), me, true, false, true)))
                .isEqualTo("acknowledgement.refused.someoneElse");
        assertThat(key(ConfirmationRules.mayConfirm(closed, user(me), me, true, false, true)))
                .isEqualTo("acknowledgement.refused.notOpen");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, false, false, true)))
                .isEqualTo("acknowledgement.refused.notAsked");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, true, true)))
                .isEqualTo("acknowledgement.refused.alreadyConfirmed");
        assertThat(key(ConfirmationRules.mayConfirm(open, user(me), me, true, false, false)))
                .isEqualTo("acknowledgement.refused.notAgreed");
    }
}
