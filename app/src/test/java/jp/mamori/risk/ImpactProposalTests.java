package jp.mamori.risk;

import static jp.mamori.risk.RiskFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.asset.Availability;
import jp.mamori.asset.Classification;
import jp.mamori.asset.Confidentiality;
import jp.mamori.asset.Integrity;

import org.junit.jupiter.api.Test;

/** The impact per axis that an asset's class proposes, and the rule that lowering it needs a reason. */
class ImpactProposalTests {

    @Test
    void confidentialityThreeProposesTheHighestConfidentialityImpact() {
        var scales = RiskScales.guidelineDefault();
        var proposal = ImpactProposal.from(Classification.of(Confidentiality.LEGACY_3, Integrity.LEVEL_1,
                Availability.LEVEL_1), scales);
        assertThat(proposal).containsEntry(ImpactAxis.CONFIDENTIALITY, 3).containsEntry(ImpactAxis.INTEGRITY, 1)
                .containsEntry(ImpactAxis.AVAILABILITY, 1);
        assertThat(ImpactProposal.from(Classification.of(Confidentiality.R6_3A, Integrity.LEVEL_2,
                Availability.LEVEL_2), scales)).containsEntry(ImpactAxis.CONFIDENTIALITY, 3)
                .containsEntry(ImpactAxis.INTEGRITY, 2).containsEntry(ImpactAxis.AVAILABILITY, 2);
    }

    @Test
    void theClassesBetweenAreSpreadOverTheScale() {
        var scales = RiskScales.guidelineDefault();
        assertThat(ImpactProposal.from(Classification.of(Confidentiality.LEGACY_2, Integrity.LEVEL_1,
                Availability.LEVEL_1), scales)).containsEntry(ImpactAxis.CONFIDENTIALITY, 2);
        assertThat(ImpactProposal.from(Classification.of(Confidentiality.R6_1, Integrity.LEVEL_1,
                Availability.LEVEL_1), scales)).containsEntry(ImpactAxis.CONFIDENTIALITY, 1);
        var five = new Scale("confidentiality", List.of(new ScaleLevel(1, "1", 1), new ScaleLevel(2, "2", 1),
                new ScaleLevel(3, "3C", 2), new ScaleLevel(4, "3B", 3), new ScaleLevel(5, "3A", 3)));
        assertThat(ImpactProposal.spread(Confidentiality.R6_3B.severity(), 5, five)).isEqualTo(4);
        assertThat(ImpactProposal.spread(Confidentiality.LEGACY_3.severity(), 5, five)).isEqualTo(5);
    }

    @Test
    void raisingIsFreeAndLoweringNeedsAReason() {
        var scale = RiskScales.guidelineDefault().impact(ImpactAxis.INTEGRITY);
        assertThat(new AxisImpact(ImpactAxis.INTEGRITY, 1, 2, "").check(scale).allowed()).isTrue();
        var lowered = new AxisImpact(ImpactAxis.INTEGRITY, 2, 1, " ");
        assertThat(key(lowered.check(scale))).isEqualTo("risk.impact.lowerNeedsReason");
        assertThat(new AxisImpact(ImpactAxis.INTEGRITY, 2, 1, "参照専用の写しで、原本は別系統にある").check(scale).allowed())
                .isTrue();
        assertThat(key(new AxisImpact(ImpactAxis.INTEGRITY, 2, 3, "").check(scale))).isEqualTo("risk.impact.unknownLevel");
    }

    @Test
    void theImpactThatCountsIsTheAxisReachingTheHighestColumn() {
        var scales = RiskScales.guidelineDefault();
        assertThat(Estimate.of(2, 2, 1, 1).impactColumn(scales)).isEqualTo(2);
        assertThat(Estimate.of(2, 1, 1, 2).impactColumn(scales)).isEqualTo(3);
        assertThat(Estimate.of(3, 3, 1, 1).rating(scales).level()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(new Estimate(1, Map.of()).check(scales).allowed()).isFalse();
    }
}
