package jp.mamori.risk;

import java.util.Objects;

import jp.mamori.kernel.Decision;

/**
 * The impact judged on one axis: what the asset's class proposed, what the assessor chose, and why when the
 * choice is lower than the proposal. Raising is free; lowering needs a reason. Immutable.
 *
 * @param proposed the rank the asset's class proposes, or 0 when there is no asset to propose from
 */
public record AxisImpact(ImpactAxis axis, int proposed, int chosen, String reason) {

    public AxisImpact {
        Objects.requireNonNull(axis, "axis");
        reason = Objects.requireNonNullElse(reason, "").strip();
    }

    public boolean lowered() {
        return chosen < proposed;
    }

    Decision check(Scale scale) {
        if (scale.level(chosen).isEmpty()) {
            return Decision.refuse("risk.impact.unknownLevel", axis.name().toLowerCase(java.util.Locale.ROOT), chosen);
        }
        if (lowered() && reason.isEmpty()) {
            return Decision.refuse("risk.impact.lowerNeedsReason", axis.name().toLowerCase(java.util.Locale.ROOT),
                    proposed, chosen);
        }
        return Decision.ALLOWED;
    }
}
