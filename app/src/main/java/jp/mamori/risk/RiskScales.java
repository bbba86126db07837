package jp.mamori.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.mamori.kernel.Decision;

/**
 * A tenant's scales: the likelihood levels, the impact levels of each axis (each axis with its own number of
 * levels, each level counting as a column of the matrix), and the matrix. Immutable; {@link #problems()} lists
 * what keeps it from being saved.
 */
public record RiskScales(Scale likelihood, Map<ImpactAxis, Scale> impacts, RiskMatrix matrix) {

    public RiskScales {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(matrix, "matrix");
        impacts = Map.copyOf(impacts);
    }

    public Scale impact(ImpactAxis axis) {
        return impacts.get(axis);
    }

    /** Everything wrong, in the order of the settings page (likelihood, the three axes, the matrix). */
    public List<ScaleProblem> problems() {
        var problems = new ArrayList<ScaleProblem>();
        problems.addAll(likelihood.problems(Scale.MIN_LIKELIHOOD_LEVELS, matrix.columns(), false));
        if (likelihood.size() != matrix.rows()) {
            problems.add(ScaleProblem.of("risk.scale.rows", likelihood.size(), matrix.rows()));
        }
        for (var axis : ImpactAxis.values()) {
            var scale = impacts.get(axis);
            if (scale == null) {
                problems.add(ScaleProblem.of("risk.scale.missing", axis.name().toLowerCase(java.util.Locale.ROOT)));
            } else {
                problems.addAll(scale.problems(Scale.MIN_IMPACT_LEVELS, matrix.columns(), true));
            }
        }
        problems.addAll(matrix.problems());
        return problems;
    }

    /** Allowed when there is nothing wrong; otherwise refused with the first problem. */
    public Decision validity() {
        var problems = problems();
        return problems.isEmpty() ? Decision.ALLOWED
                : Decision.refuse(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
    }

    /** The level of a likelihood rank and an impact column. */
    public RiskLevel level(int likelihood, int impactColumn) {
        return matrix.level(likelihood, impactColumn);
    }

    /**
     * The default, after the guideline's classification: likelihood 低・中・高; 機密性 in three levels (機密性1, 2, 3
     * of the guideline's legacy scheme, the R6.10 tiers 3A/3B/3C proposing the highest or the middle one), 完全性 and
     * 可用性 in two levels (the guideline's 1 and 2), the lower counting as the least harm and the higher as the most;
     * the 3×3 matrix rising from 低 to 極めて高い.
     */
    public static RiskScales guidelineDefault() {
        var likelihood = new Scale("likelihood", List.of(ScaleLevel.of(1, "低：数年に一度も起こらない"),
                ScaleLevel.of(2, "中：数年に一度起こりうる"), ScaleLevel.of(3, "高：年に一度以上起こりうる")));
        var impacts = new EnumMap<ImpactAxis, Scale>(ImpactAxis.class);
        impacts.put(ImpactAxis.CONFIDENTIALITY, new Scale("confidentiality", List.of(
                new ScaleLevel(1, "小：公開されても支障がない情報の漏えい", 1),
                new ScaleLevel(2, "中：業務で取り扱う非公開情報の漏えい", 2),
                new ScaleLevel(3, "大：個人情報・特定個人情報など秘密文書相当の漏えい", 3))));
        impacts.put(ImpactAxis.INTEGRITY, new Scale("integrity", List.of(
                new ScaleLevel(1, "小：改ざんされても業務に軽微な影響", 1),
                new ScaleLevel(2, "大：住民の権利侵害や業務の的確な遂行に支障", 3))));
        impacts.put(ImpactAxis.AVAILABILITY, new Scale("availability", List.of(
                new ScaleLevel(1, "小：停止しても業務に軽微な影響", 1),
                new ScaleLevel(2, "大：住民の権利侵害や業務の安定的な遂行に支障", 3))));
        var l = RiskLevel.LOW;
        var m = RiskLevel.MEDIUM;
        var h = RiskLevel.HIGH;
        var v = RiskLevel.VERY_HIGH;
        var matrix = new RiskMatrix(List.of(List.of(l, l, m), List.of(l, m, h), List.of(m, h, v)));
        return new RiskScales(likelihood, impacts, matrix);
    }
}
