package jp.mamori.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import jp.mamori.kernel.Decision;

/**
 * One assessment of a risk (リスク評価): the inherent likelihood and impact per axis (with what the asset's class
 * proposed and why a lower impact was chosen), the treatment and the residual estimate. Immutable.
 */
public record Assessment(int likelihood, Map<ImpactAxis, AxisImpact> impacts, Treatment treatment,
        Estimate residual) {

    public Assessment {
        var copy = new EnumMap<ImpactAxis, AxisImpact>(ImpactAxis.class);
        copy.putAll(impacts);
        impacts = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(residual, "residual");
    }

    public Estimate inherent() {
        var chosen = new EnumMap<ImpactAxis, Integer>(ImpactAxis.class);
        impacts.forEach((axis, impact) -> chosen.put(axis, impact.chosen()));
        return new Estimate(likelihood, chosen);
    }

    /** Every rule of an assessment, the first refusal found: levels exist, lowering has its reason, treatment. */
    public Decision check(RiskScales scales) {
        for (var axis : ImpactAxis.values()) {
            var impact = impacts.get(axis);
            if (impact == null) {
                return Decision.refuse("risk.impact.missing", axis.name().toLowerCase(java.util.Locale.ROOT));
            }
            var decision = impact.check(scales.impact(axis));
            if (!decision.allowed()) {
                return decision;
            }
        }
        for (var decision : new Decision[] {inherent().check(scales), residual.check(scales)}) {
            if (!decision.allowed()) {
                return decision;
            }
        }
        return treatment.allows(inherent().rating(scales), residual.rating(scales));
    }
}
