package jp.mamori.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jp.mamori.kernel.Decision;

/**
 * The treatment of a risk: the option, the measures chosen (for {@link TreatmentOption#MITIGATE}), a note (what
 * stops, who carries the harm, why it is kept) and the date it is due. Immutable.
 */
public record Treatment(TreatmentOption option, List<ChosenMeasure> measures, String note, LocalDate dueOn) {

    public Treatment {
        Objects.requireNonNull(option, "option");
        measures = List.copyOf(measures);
        note = Objects.requireNonNullElse(note, "").strip();
    }

    public static Treatment accept(String note) {
        return new Treatment(TreatmentOption.ACCEPT, List.of(), note, null);
    }

    public static Treatment mitigate(List<ChosenMeasure> measures, LocalDate dueOn) {
        return new Treatment(TreatmentOption.MITIGATE, measures, "", dueOn);
    }

    /** The chosen measures that may not count, for the page to say why. */
    public List<ChosenMeasure> notCounted() {
        return measures.stream().filter(m -> !m.counts()).toList();
    }

    /**
     * Whether the residual estimate may follow from the inherent one under this treatment:
     * <ul>
     * <li>the residual risk is never above the inherent one, on either axis of the matrix;</li>
     * <li>to mitigate, at least one measure is chosen; the residual is lower than the inherent only when a chosen
     * measure counts (実施済み or 一部実施: a 未着手 or 非適用 measure lowers nothing), and with only 一部実施 measures by
     * one step of likelihood and one column of impact at most;</li>
     * <li>to avoid or transfer, the note says how; transfer lowers the impact, never the likelihood;</li>
     * <li>to accept as it is, the residual is the inherent risk.</li>
     * </ul>
     */
    Decision allows(RiskRating inherent, RiskRating residual) {
        if (residual.likelihood() > inherent.likelihood() || residual.impactColumn() > inherent.impactColumn()) {
            return Decision.refuse("risk.residual.aboveInherent");
        }
        boolean lowered = !residual.equalsCell(inherent);
        return switch (option) {
            case MITIGATE -> {
                if (measures.isEmpty()) {
                    yield Decision.refuse("risk.treatment.mitigateNeedsMeasure");
                }
                var counting = measures.stream().filter(ChosenMeasure::counts).toList();
                if (lowered && counting.isEmpty()) {
                    yield Decision.refuse("risk.residual.measuresNotImplemented",
                            String.join("、", measures.stream().map(ChosenMeasure::measureId).toList()));
                }
                boolean anyImplemented = counting.stream()
                        .anyMatch(m -> m.status() == jp.mamori.catalog.ImplementationStatus.IMPLEMENTED);
                if (lowered && !anyImplemented && (inherent.likelihood() - residual.likelihood() > 1
                        || inherent.impactColumn() - residual.impactColumn() > 1)) {
                    yield Decision.refuse("risk.residual.partialOneStep");
                }
                yield Decision.ALLOWED;
            }
            case AVOID -> note.isEmpty() ? Decision.refuse("risk.treatment.noteRequired", "avoid") : Decision.ALLOWED;
            case TRANSFER -> {
                if (note.isEmpty()) {
                    yield Decision.refuse("risk.treatment.noteRequired", "transfer");
                }
                yield residual.likelihood() != inherent.likelihood()
                        ? Decision.refuse("risk.residual.transferKeepsLikelihood") : Decision.ALLOWED;
            }
            case ACCEPT -> lowered ? Decision.refuse("risk.residual.acceptKeepsInherent") : Decision.ALLOWED;
        };
    }
}
