package jp.mamori.risk;

import static jp.mamori.risk.RiskFixture.impacts;
import static jp.mamori.risk.RiskFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.catalog.ImplementationStatus;

import org.junit.jupiter.api.Test;

/** Inherent → treatment → residual, against the statement of applicability's implementation status. */
class TreatmentTests {

    static final RiskScales SCALES = RiskScales.guidelineDefault();

    static Assessment mitigate(Estimate residual, ImplementationStatus... statuses) {
        var measures = new java.util.ArrayList<ChosenMeasure>();
        for (int n = 0; n < statuses.length; n++) {
            measures.add(new ChosenMeasure("MIC-STD-6.4." + (n + 1), statuses[n]));
        }
        return new Assessment(3, impacts(3, 2, 2), Treatment.mitigate(measures, null), residual);
    }

    @Test
    void anImplementedMeasureLowersTheResidualRisk() {
        var a = mitigate(Estimate.of(1, 3, 2, 2), ImplementationStatus.IMPLEMENTED, ImplementationStatus.NOT_STARTED);
        assertThat(a.check(SCALES).allowed()).isTrue();
        assertThat(a.residual().rating(SCALES).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(a.treatment().notCounted()).extracting(ChosenMeasure::measureId).containsExactly("MIC-STD-6.4.2");
    }

    @Test
    void aMeasureNotImplementedCannotLowerTheResidualRisk() {
        var notStarted = mitigate(Estimate.of(2, 3, 2, 2), ImplementationStatus.NOT_STARTED,
                ImplementationStatus.NOT_APPLICABLE);
        assertThat(key(notStarted.check(SCALES))).isEqualTo("risk.residual.measuresNotImplemented");
        var same = mitigate(Estimate.of(3, 3, 2, 2), ImplementationStatus.NOT_STARTED);
        assertThat(same.check(SCALES).allowed()).isTrue();
        assertThat(new ChosenMeasure("M", ImplementationStatus.NOT_STARTED).creditKey())
                .isEqualTo("risk.measure.notCounted.notStarted");
        assertThat(new ChosenMeasure("M", ImplementationStatus.NOT_APPLICABLE).counts()).isFalse();
    }

    @Test
    void partialMeasuresLowerByOneStepAtMost() {
        assertThat(mitigate(Estimate.of(2, 3, 2, 2), ImplementationStatus.PARTIAL).check(SCALES).allowed()).isTrue();
        assertThat(key(mitigate(Estimate.of(1, 3, 2, 2), ImplementationStatus.PARTIAL).check(SCALES)))
                .isEqualTo("risk.residual.partialOneStep");
    }

    @Test
    void mitigatingNeedsAMeasureAndNothingRisesAboveTheInherentRisk() {
        assertThat(key(mitigate(Estimate.of(3, 3, 2, 2)).check(SCALES))).isEqualTo("risk.treatment.mitigateNeedsMeasure");
        var above = new Assessment(2, impacts(2, 1, 1), Treatment.accept("影響が小さい"), Estimate.of(3, 2, 1, 1));
        assertThat(key(above.check(SCALES))).isEqualTo("risk.residual.aboveInherent");
    }

    @Test
    void avoidingAndTransferringSayHowAndTransferKeepsTheLikelihood() {
        var avoid = new Assessment(3, impacts(3, 2, 2), new Treatment(TreatmentOption.AVOID, List.of(), "", null),
                Estimate.of(1, 1, 1, 1));
        assertThat(key(avoid.check(SCALES))).isEqualTo("risk.treatment.noteRequired");
        var avoided = new Assessment(3, impacts(3, 2, 2),
                new Treatment(TreatmentOption.AVOID, List.of(), "USBメモリの使用を禁止する", null), Estimate.of(1, 1, 1, 1));
        assertThat(avoided.check(SCALES).allowed()).isTrue();
        var transfer = new Assessment(3, impacts(3, 2, 2),
                new Treatment(TreatmentOption.TRANSFER, List.of(), "サイバー保険", null), Estimate.of(2, 2, 1, 1));
        assertThat(key(transfer.check(SCALES))).isEqualTo("risk.residual.transferKeepsLikelihood");
        var transferred = new Assessment(3, impacts(3, 2, 2),
                new Treatment(TreatmentOption.TRANSFER, List.of(), "サイバー保険", null), Estimate.of(3, 2, 1, 1));
        assertThat(transferred.check(SCALES).allowed()).isTrue();
    }

    @Test
    void acceptingAsItIsKeepsTheInherentRisk() {
        var lowered = new Assessment(2, impacts(2, 1, 1), Treatment.accept("費用に見合わない"), Estimate.of(1, 2, 1, 1));
        assertThat(key(lowered.check(SCALES))).isEqualTo("risk.residual.acceptKeepsInherent");
        var kept = new Assessment(2, impacts(2, 1, 1), Treatment.accept("費用に見合わない"), Estimate.of(2, 2, 1, 1));
        assertThat(kept.check(SCALES).allowed()).isTrue();
    }

    @Test
    void anAssessmentLoweringAnImpactWithoutReasonIsRefused() {
        var map = new java.util.EnumMap<>(impacts(3, 2, 2));
        map.put(ImpactAxis.CONFIDENTIALITY, new AxisImpact(ImpactAxis.CONFIDENTIALITY, 3, 2, ""));
        var a = new Assessment(3, map, Treatment.accept("x"), Estimate.of(3, 2, 2, 2));
        assertThat(key(a.check(SCALES))).isEqualTo("risk.impact.lowerNeedsReason");
    }
}
