package jp.mamori.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.kernel.Decision;
import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.StaffKind;
import jp.mamori.organization.StaffMember;

import org.junit.jupiter.api.Test;

/** The campaign's and the item's transitions and the target as tables, without Spring. */
class CampaignRulesTests {

    static final UUID TENANT = UUID.randomUUID();
    static final UUID SOUMU = UUID.randomUUID();
    static final UUID SOUMU_SUB = UUID.randomUUID();
    static final UUID ZEIMU = UUID.randomUUID();
    static final Map<UUID, Set<UUID>> REACH = Map.of(SOUMU, Set.of(SOUMU, SOUMU_SUB), ZEIMU, Set.of(ZEIMU));

    static Campaign draft(CampaignTarget target) {
        return Campaign.draft(TENANT, new NewCampaign("acknowledgement", "基本方針の読了確認", UUID.randomUUID(), target,
                LocalDate.of(2026, 12, 1)));
    }

    static StaffMember staff(UUID unit, StaffKind kind) {
        return new StaffMember(UUID.randomUUID(), TENANT, "山田 太郎", "やまだ たろう", "100001", kind, unit, null,
                LocalDate.of(2000, 4, 1), null);
    }

    static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }

    @Test
    void cannotStartWithoutATarget() {
        var none = draft(new CampaignTarget(false, Set.of(), Set.of()));
        assertThat(key(none.mayStart())).isEqualTo("campaign.refused.noTarget");
        assertThatThrownBy(() -> none.started(LocalDate.of(2026, 11, 1))).isInstanceOf(CampaignRefused.class);
        assertThat(draft(new CampaignTarget(true, Set.of(), Set.of())).mayStart().allowed()).isTrue();
        var byRole = new CampaignTarget(false, Set.of(), Set.of(), Set.of(SecurityRole.SECTION_SECURITY_MANAGER),
                Set.of());
        assertThat(draft(byRole).mayStart().allowed()).isTrue();
    }

    @Test
    void aStartedCampaignCannotBeEditedOrStartedAgainAndAClosedOneTakesNoPart() {
        var open = draft(new CampaignTarget(true, Set.of(), Set.of())).started(LocalDate.of(2026, 11, 1));
        assertThat(open.state()).isEqualTo(CampaignState.OPEN);
        assertThat(key(open.mayEdit())).isEqualTo("campaign.refused.notDraft");
        assertThat(key(open.mayStart())).isEqualTo("campaign.refused.notDraft");
        var at = Instant.parse("2026-11-02T01:00:00Z");
        var reminded = open.reminded(at);
        assertThat(reminded.reminderRound()).isEqualTo(1);
        assertThat(reminded.lastRemindedAt()).isEqualTo(at);
        var closed = open.closed(Instant.now());
        assertThat(key(closed.mayTakePart())).isEqualTo("campaign.refused.notOpen");
        assertThatThrownBy(() -> closed.reminded(at)).isInstanceOf(CampaignRefused.class);
        assertThatThrownBy(() -> closed.closed(Instant.now())).isInstanceOf(CampaignRefused.class);
        assertThat(key(draft(new CampaignTarget(true, Set.of(), Set.of())).mayTakePart()))
                .isEqualTo("campaign.refused.notOpen");
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
        // A target by role alone matches nobody by unit or kind: the engine adds the role's holders itself.
        var managers = new CampaignTarget(false, Set.of(), Set.of(), Set.of(SecurityRole.SECTION_SECURITY_MANAGER),
                Set.of());
        assertThat(managers.matches(staff(ZEIMU, StaffKind.REGULAR), REACH::get)).isFalse();

        var full = new CampaignTarget(false, Set.of(SOUMU), EnumSet.of(StaffKind.FISCAL_YEAR_APPOINTED),
                Set.of(SecurityRole.CISO, SecurityRole.AUDITOR), Set.of(UUID.randomUUID()));
        assertThat(CampaignTarget.of(false, full.unitsColumn(), full.kindsColumn(), full.rolesColumn(),
                full.systemsColumn())).isEqualTo(full);
    }

    @Test
    void withoutAReviewerASubmittedItemIsDoneWithOneItGoesToTheReviewerWhoAcceptsOrReturnsIt() {
        var campaign = UUID.randomUUID();
        var asked = CampaignItem.asked(TENANT, campaign, UUID.randomUUID(), ZEIMU, LocalDate.of(2026, 11, 1));
        var at = Instant.parse("2026-11-05T01:00:00Z");
        var sheet = UUID.randomUUID();
        var account = UUID.randomUUID();
        assertThat(asked.state()).isEqualTo(ItemState.PENDING);
        assertThat(asked.submitted(sheet, account, at, false).state()).isEqualTo(ItemState.DONE);

        var begun = asked.begun(sheet);
        assertThat(begun.state()).isEqualTo(ItemState.IN_PROGRESS);
        assertThat(begun.answerId()).isEqualTo(sheet);
        var submitted = begun.submitted(null, account, at, true);
        assertThat(submitted.state()).isEqualTo(ItemState.SUBMITTED);
        assertThat(submitted.answerId()).isEqualTo(sheet);
        assertThat(submitted.finished()).isFalse();
        assertThat(key(submitted.mayWork())).isEqualTo("campaign.refused.itemNotOpen");

        var reviewer = UUID.randomUUID();
        var returned = submitted.returned(reviewer, at, "3番の根拠を添付してください");
        assertThat(returned.state()).isEqualTo(ItemState.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("3番の根拠を添付してください");
        assertThat(returned.state().awaitsThePerson()).isTrue();
        var accepted = returned.submitted(null, account, at, true).accepted(reviewer, at);
        assertThat(accepted.state()).isEqualTo(ItemState.ACCEPTED);
        assertThat(accepted.finished()).isTrue();
        assertThat(accepted.reviewNote()).isNull();

        assertThatThrownBy(() -> asked.accepted(reviewer, at)).isInstanceOf(CampaignRefused.class)
                .hasMessageContaining("campaign.refused.itemNotSubmitted");
        assertThatThrownBy(() -> accepted.submitted(null, account, at, true)).isInstanceOf(CampaignRefused.class);
    }
}
