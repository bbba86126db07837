package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tenant's scales and matrix: sizes, gaps, overlaps, columns and a matrix that never falls. */
class RiskScalesTests {

    static List<String> keys(RiskScales scales) {
        return scales.problems().stream().map(ScaleProblem::messageKey).toList();
    }

    static RiskMatrix square(int n) {
        var rows = new ArrayList<List<RiskLevel>>();
        for (int l = 1; l <= n; l++) {
            var row = new ArrayList<RiskLevel>();
            for (int i = 1; i <= n; i++) {
                int score = (l + i - 2) * 3 / (2 * n - 2);
                row.add(RiskLevel.values()[Math.min(score, 3)]);
            }
            rows.add(row);
        }
        return new RiskMatrix(rows);
    }

    static Scale likelihood(int n) {
        var levels = new ArrayList<ScaleLevel>();
        for (int r = 1; r <= n; r++) {
            levels.add(ScaleLevel.of(r, "レベル" + r));
        }
        return new Scale("likelihood", levels);
    }

    static RiskScales with(Scale likelihood, Scale confidentiality, RiskMatrix matrix) {
        var defaults = RiskScales.guidelineDefault();
        var impacts = new EnumMap<ImpactAxis, Scale>(ImpactAxis.class);
        impacts.put(ImpactAxis.CONFIDENTIALITY, confidentiality);
        impacts.put(ImpactAxis.INTEGRITY, new Scale("integrity",
                List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", matrix.columns()))));
        impacts.put(ImpactAxis.AVAILABILITY, new Scale("availability",
                List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", matrix.columns()))));
        assertThat(defaults).isNotNull();
        return new RiskScales(likelihood, impacts, matrix);
    }

    @Test
    void theGuidelineDefaultIsValidAndRisesToVeryHigh() {
        var scales = RiskScales.guidelineDefault();
        assertThat(scales.problems()).isEmpty();
        assertThat(scales.validity().allowed()).isTrue();
        assertThat(scales.level(1, 1)).isEqualTo(RiskLevel.LOW);
        assertThat(scales.level(3, 3)).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(scales.impact(ImpactAxis.CONFIDENTIALITY).size()).isEqualTo(3);
        assertThat(scales.impact(ImpactAxis.INTEGRITY).size()).isEqualTo(2);
    }

    @Test
    void everySquareFromThreeToSixIsAccepted() {
        for (int n = 3; n <= 6; n++) {
            var conf = new Scale("confidentiality", List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "中", 2),
                    new ScaleLevel(3, "大", n)));
            assertThat(keys(with(likelihood(n), conf, square(n)))).as("%d×%d", n, n).isEmpty();
        }
    }

    @Test
    void refusesMatricesSmallerThanThreeOrLargerThanSix() {
        var conf2 = new Scale("confidentiality", List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", 2)));
        assertThat(keys(with(likelihood(2), conf2, square(2)))).contains("risk.matrix.size", "risk.scale.size");
        var conf7 = new Scale("confidentiality", List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", 7)));
        assertThat(keys(with(likelihood(7), conf7, square(7)))).contains("risk.matrix.size", "risk.scale.size");
    }

    @Test
    void refusesAGapInTheRanks() {
        var gap = new Scale("likelihood", List.of(ScaleLevel.of(1, "低"), ScaleLevel.of(2, "中"), ScaleLevel.of(4, "高")));
        var problems = with(gap, RiskScales.guidelineDefault().impact(ImpactAxis.CONFIDENTIALITY), square(3)).problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("risk.scale.gap");
            assertThat(p.arguments()).containsExactly("likelihood", 3);
        });
    }

    @Test
    void refusesARankUsedTwice() {
        var overlap = new Scale("likelihood",
                List.of(ScaleLevel.of(1, "低"), ScaleLevel.of(2, "中"), ScaleLevel.of(2, "やや高"), ScaleLevel.of(3, "高")));
        assertThat(keys(with(overlap, RiskScales.guidelineDefault().impact(ImpactAxis.CONFIDENTIALITY), square(3))))
                .contains("risk.scale.overlap", "risk.scale.rows");
    }

    @Test
    void refusesALevelWithoutWording() {
        var blank = new Scale("likelihood", List.of(ScaleLevel.of(1, "低"), ScaleLevel.of(2, " "), ScaleLevel.of(3, "高")));
        assertThat(keys(with(blank, RiskScales.guidelineDefault().impact(ImpactAxis.CONFIDENTIALITY), square(3))))
                .containsExactly("risk.scale.wording");
    }

    @Test
    void impactColumnsStayInsideTheMatrixRiseWithTheRankAndReachTheTop() {
        var outside = new Scale("confidentiality", List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", 4)));
        assertThat(keys(with(likelihood(3), outside, square(3)))).contains("risk.scale.column");
        var falling = new Scale("confidentiality",
                List.of(new ScaleLevel(1, "小", 2), new ScaleLevel(2, "中", 1), new ScaleLevel(3, "大", 3)));
        assertThat(keys(with(likelihood(3), falling, square(3)))).containsExactly("risk.scale.falling");
        var short_ = new Scale("confidentiality", List.of(new ScaleLevel(1, "小", 1), new ScaleLevel(2, "大", 2)));
        assertThat(keys(with(likelihood(3), short_, square(3)))).containsExactly("risk.scale.top");
    }

    @Test
    void anAxisMayHaveItsOwnNumberOfLevels() {
        var five = new Scale("confidentiality", List.of(new ScaleLevel(1, "1", 1), new ScaleLevel(2, "2", 2),
                new ScaleLevel(3, "3C", 3), new ScaleLevel(4, "3B", 4), new ScaleLevel(5, "3A", 4)));
        assertThat(keys(with(likelihood(4), five, square(4)))).isEmpty();
    }

    @Test
    void refusesAnEmptyCellAndACellLowerThanItsNeighbour() {
        var l = RiskLevel.LOW;
        var m = RiskLevel.MEDIUM;
        var h = RiskLevel.HIGH;
        var conf = RiskScales.guidelineDefault().impact(ImpactAxis.CONFIDENTIALITY);
        var holes = new ArrayList<List<RiskLevel>>(List.of(List.of(l, l, m), List.of(l, m, h)));
        var row = new ArrayList<RiskLevel>(List.of(m, h));
        row.add(null);
        holes.add(row);
        assertThat(new RiskMatrix(holes).problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("risk.matrix.empty");
            assertThat(p.arguments()).containsExactly(3, 3);
        });
        var falling = new RiskMatrix(List.of(List.of(l, l, m), List.of(l, m, l), List.of(m, h, h)));
        assertThat(keys(with(likelihood(3), conf, falling))).containsExactly("risk.matrix.falling");
        var ragged = new RiskMatrix(List.of(List.of(l, l, m), List.of(l, m), List.of(m, h, h)));
        assertThat(ragged.problems()).extracting(ScaleProblem::messageKey).containsExactly("risk.matrix.ragged");
    }

    @Test
    void theLikelihoodScaleHasAsManyLevelsAsTheMatrixHasRows() {
        var conf = RiskScales.guidelineDefault().impact(ImpactAxis.CONFIDENTIALITY);
        assertThat(keys(with(likelihood(4), conf, square(3)))).containsExactly("risk.scale.rows");
        assertThat(RiskScalesTests.with(likelihood(4), conf, square(3)).validity().allowed()).isFalse();
    }
}
