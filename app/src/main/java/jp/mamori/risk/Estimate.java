package jp.mamori.risk;

import java.util.EnumMap;
import java.util.Map;

import jp.mamori.kernel.Decision;

/**
 * A likelihood rank and an impact rank per axis, before (inherent) or after treatment (residual). The impact
 * that counts is the axis reaching the highest matrix column. Immutable.
 */
public record Estimate(int likelihood, Map<ImpactAxis, Integer> impacts) {

    public Estimate {
        var copy = new EnumMap<ImpactAxis, Integer>(ImpactAxis.class);
        copy.putAll(impacts);
        impacts = java.util.Collections.unmodifiableMap(copy);
    }

    public static Estimate of(int likelihood, int confidentiality, int integrity, int availability) {
        return new Estimate(likelihood, Map.of(ImpactAxis.CONFIDENTIALITY, confidentiality, ImpactAxis.INTEGRITY,
                integrity, ImpactAxis.AVAILABILITY, availability));
    }

    public int impact(ImpactAxis axis) {
        return impacts.getOrDefault(axis, 0);
    }

    Decision check(RiskScales scales) {
        if (scales.likelihood().level(likelihood).isEmpty()) {
            return Decision.refuse("risk.likelihood.unknownLevel", likelihood);
        }
        for (var axis : ImpactAxis.values()) {
            if (scales.impact(axis).level(impact(axis)).isEmpty()) {
                return Decision.refuse("risk.impact.unknownLevel", axis.name().toLowerCase(java.util.Locale.ROOT),
                        impact(axis));
            }
        }
        return Decision.ALLOWED;
    }

    /** The matrix column of the highest-reaching axis. */
    public int impactColumn(RiskScales scales) {
        int column = 1;
        for (var axis : ImpactAxis.values()) {
            column = Math.max(column, scales.impact(axis).columnOf(impact(axis)));
        }
        return column;
    }

    public RiskRating rating(RiskScales scales) {
        int column = impactColumn(scales);
        return new RiskRating(likelihood, column, scales.level(likelihood, column));
    }
}
