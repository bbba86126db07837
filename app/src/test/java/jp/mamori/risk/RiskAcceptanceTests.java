package jp.mamori.risk;

import static jp.mamori.risk.RiskFixture.ASSESSOR;
import static jp.mamori.risk.RiskFixture.CISO;
import static jp.mamori.risk.RiskFixture.NOW;
import static jp.mamori.risk.RiskFixture.TODAY;
import static jp.mamori.risk.RiskFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Acceptance: separation of duties, rationale, expiry, binding to the exact assessment. */
class RiskAcceptanceTests {

    static Risk assessed() {
        var risk = RiskFixture.draftOnAsset();
        risk.assess(ASSESSOR, RiskFixture.mitigated(), RiskFixture.scales(), TODAY.plusMonths(6), NOW);
        return risk;
    }

    @Test
    void whoeverAssessedTheRiskCannotAcceptItAndTheRefusalNamesTheRule() {
        var risk = assessed();
        assertThat(key(risk.mayAccept(ASSESSOR, true, "対策実施まで受容", TODAY.plusMonths(6), TODAY)))
                .isEqualTo("risk.acceptance.separationOfDuties");
        assertThatThrownBy(() -> risk.accept(ASSESSOR, true, "対策実施まで受容", TODAY.plusMonths(6), TODAY, NOW))
                .isInstanceOf(RiskRefused.class).extracting(e -> ((RiskRefused) e).messageKey())
                .isEqualTo("risk.acceptance.separationOfDuties");
        assertThat(risk.status()).isEqualTo(RiskStatus.ASSESSED);
        risk.accept(CISO, true, "対策実施まで受容", TODAY.plusMonths(6), TODAY, NOW);
        assertThat(risk.status()).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(risk.acceptance().acceptedBy()).isEqualTo(CISO);
        assertThat(risk.acceptance().assessmentNumber()).isEqualTo(1);
        assertThat(risk.acceptanceHolds(TODAY)).isTrue();
    }

    @Test
    void onlyAHolderOfRiskAcceptMayAcceptWithARationaleAndAnExpiry() {
        var risk = assessed();
        assertThat(key(risk.mayAccept(CISO, false, "理由", TODAY.plusDays(30), TODAY)))
                .isEqualTo("risk.acceptance.notPermitted");
        assertThat(key(risk.mayAccept(CISO, true, "  ", TODAY.plusDays(30), TODAY)))
                .isEqualTo("risk.acceptance.rationaleRequired");
        assertThat(key(risk.mayAccept(CISO, true, "理由", TODAY, TODAY))).isEqualTo("risk.acceptance.expiryNotAfterToday");
        assertThat(key(risk.mayAccept(CISO, true, "理由", null, TODAY))).isEqualTo("risk.acceptance.expiryNotAfterToday");
        assertThat(key(risk.mayAccept(CISO, true, "理由", TODAY.plusYears(3).plusDays(1), TODAY)))
                .isEqualTo("risk.acceptance.expiryTooFar");
        assertThat(risk.mayAccept(CISO, true, "理由", TODAY.plusYears(3), TODAY).allowed()).isTrue();
        assertThat(key(RiskFixture.draftOnAsset().mayAccept(CISO, true, "理由", TODAY.plusDays(1), TODAY)))
                .isEqualTo("risk.acceptance.notAssessed");
    }

    @Test
    void aLaterAssessmentVoidsTheAcceptance() {
        var risk = assessed();
        risk.accept(CISO, true, "対策実施まで受容", TODAY.plusMonths(6), TODAY, NOW);
        boolean voided = risk.assess(ASSESSOR, RiskFixture.mitigated(), RiskFixture.scales(), TODAY.plusMonths(6), NOW);
        assertThat(voided).isTrue();
        assertThat(risk.acceptance()).isNull();
        assertThat(risk.acceptanceHolds(TODAY)).isFalse();
        assertThat(risk.status()).isEqualTo(RiskStatus.ASSESSED);
        assertThat(risk.assessmentNumber()).isEqualTo(2);
    }

    @Test
    void anExpiredAcceptanceReturnsTheRiskToReview() {
        var risk = assessed();
        risk.accept(CISO, true, "対策実施まで受容", TODAY.plusDays(10), TODAY, NOW);
        assertThat(risk.expireAcceptance(TODAY.plusDays(10))).isNull();
        assertThat(risk.acceptanceHolds(TODAY.plusDays(10))).isTrue();
        var expired = risk.expireAcceptance(TODAY.plusDays(11));
        assertThat(expired).isNotNull();
        assertThat(expired.acceptedBy()).isEqualTo(CISO);
        assertThat(risk.status()).isEqualTo(RiskStatus.REVIEW);
        assertThat(risk.acceptanceHolds(TODAY.plusDays(11))).isFalse();
        assertThat(risk.expireAcceptance(TODAY.plusDays(12))).as("expires once").isNull();
    }

    @Test
    void aDraftNeedsATitleAThreatAndAnAssetUnlessItIsTheWholeOrganisation() {
        assertThatThrownBy(() -> Risk.draft(RiskFixture.TENANT, " ", java.util.List.of("THR-1.1"), "",
                RiskTarget.ORGANISATION, null, "", null, "")).extracting(e -> ((RiskRefused) e).messageKey())
                .isEqualTo("risk.title.required");
        assertThatThrownBy(() -> Risk.draft(RiskFixture.TENANT, "感染症による職員不足", java.util.List.of(), "",
                RiskTarget.ORGANISATION, null, "", null, "")).extracting(e -> ((RiskRefused) e).messageKey())
                .isEqualTo("risk.threat.required");
        assertThatThrownBy(() -> Risk.draft(RiskFixture.TENANT, "USBメモリの紛失", java.util.List.of("THR-2.1"), "",
                RiskTarget.ASSET, null, "", null, "")).extracting(e -> ((RiskRefused) e).messageKey())
                .isEqualTo("risk.target.assetRequired");
        var own = Risk.draft(RiskFixture.TENANT, "感染症による職員不足", java.util.List.of(), "新型感染症の流行",
                RiskTarget.ORGANISATION, null, "", null, "");
        assertThat(own.status()).isEqualTo(RiskStatus.DRAFT);
    }
}
