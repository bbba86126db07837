package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * A report an incident's facts call for: to whom, why (the rule codes that triggered it, such as
 * {@code over100}), and when the 速報 and, where there is one, the 確報 are due. Derived, never edited. Immutable.
 */
public record Obligation(ReportingBody body, List<String> reasons, LocalDate preliminaryDue, LocalDate finalDue) {

    public Obligation {
        reasons = List.copyOf(reasons);
    }
}
