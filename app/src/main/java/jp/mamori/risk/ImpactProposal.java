package jp.mamori.risk;

import java.util.EnumMap;
import java.util.Map;

import jp.mamori.asset.Availability;
import jp.mamori.asset.Classification;
import jp.mamori.asset.Integrity;

/**
 * The impact per axis that an asset's class proposes on the tenant's scales: the highest class of an axis
 * proposes its highest level (機密性3 or 3A the highest confidentiality impact, 完全性2 the highest integrity
 * impact), the lowest class level 1, and the classes between are spread evenly (rounded half up; so 3B proposes
 * the highest of three levels and 3C the middle one). Stateless.
 */
final class ImpactProposal {

    private ImpactProposal() {
    }

    static Map<ImpactAxis, Integer> from(Classification classification, RiskScales scales) {
        var proposal = new EnumMap<ImpactAxis, Integer>(ImpactAxis.class);
        proposal.put(ImpactAxis.CONFIDENTIALITY,
                spread(classification.confidentiality().severity(), 5, scales.impact(ImpactAxis.CONFIDENTIALITY)));
        proposal.put(ImpactAxis.INTEGRITY,
                spread(classification.integrity() == Integrity.LEVEL_2 ? 2 : 1, 2, scales.impact(ImpactAxis.INTEGRITY)));
        proposal.put(ImpactAxis.AVAILABILITY, spread(classification.availability() == Availability.LEVEL_2 ? 2 : 1, 2,
                scales.impact(ImpactAxis.AVAILABILITY)));
        return proposal;
    }

    /** Class {@code value} of {@code 1 … top} onto the ranks {@code 1 … n} of the scale. */
    static int spread(int value, int top, Scale scale) {
        int n = scale.highestRank();
        if (top <= 1 || n <= 1) {
            return Math.max(n, 1);
        }
        return 1 + (int) Math.round((value - 1) * (n - 1) / (double) (top - 1));
    }
}
