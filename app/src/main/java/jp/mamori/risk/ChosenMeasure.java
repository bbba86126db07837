package jp.mamori.risk;

import java.util.Objects;

import jp.mamori.catalog.ImplementationStatus;

/**
 * A catalogue measure chosen to mitigate a risk, with its implementation status as the statement of
 * applicability records it today. Immutable.
 */
public record ChosenMeasure(String measureId, ImplementationStatus status) {

    public ChosenMeasure {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the measure may count as lowering the residual risk: only when it is carried out, at least in part. */
    public boolean counts() {
        return status == ImplementationStatus.IMPLEMENTED || status == ImplementationStatus.PARTIAL;
    }

    /**
     * Why it counts or not, as a message key for the page: {@code risk.measure.counts.implemented},
     * {@code risk.measure.counts.partial}, {@code risk.measure.notCounted.notStarted},
     * {@code risk.measure.notCounted.notApplicable}.
     */
    public String creditKey() {
        return switch (status) {
            case IMPLEMENTED -> "risk.measure.counts.implemented";
            case PARTIAL -> "risk.measure.counts.partial";
            case NOT_STARTED -> "risk.measure.notCounted.notStarted";
            case NOT_APPLICABLE -> "risk.measure.notCounted.notApplicable";
        };
    }
}
