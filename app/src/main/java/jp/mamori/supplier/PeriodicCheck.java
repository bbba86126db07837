package jp.mamori.supplier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A periodic check (定期点検) of a contractor under one contract: a questionnaire the contractor answers through a
 * capability link, or an on-site check recorded by the town. Answered once; {@code answers} holds one
 * {@link CheckAnswer} per question of {@link CheckQuestion}. Immutable.
 */
record PeriodicCheck(UUID id, UUID tenantId, UUID contractId, String title, Kind kind, LocalDate dueOn,
        String answers, String remarks, String answeredBy, Instant answeredAt, long version) {

    enum Kind { QUESTIONNAIRE, ON_SITE }

    PeriodicCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        title = SupplierText.required(title, "title", 200);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    boolean overdueOn(LocalDate day) {
        return !answered() && day.isAfter(dueOn);
    }

    /** The check answered; refused when it already was — a link is used for one answer only. */
    PeriodicCheck answer(java.util.Map<CheckQuestion, CheckAnswer> given, String remarks, String answeredBy,
            Instant at) {
        if (answered()) {
            throw new SupplierRefused("supplier.refused.alreadyAnswered");
        }
        for (var q : CheckQuestion.values()) {
            if (!given.containsKey(q)) {
                throw new SupplierRefused("supplier.refused.answerMissing", q.ordinal() + 1);
            }
        }
        var name = SupplierText.required(answeredBy, "answeredBy", 200);
        return new PeriodicCheck(id, tenantId, contractId, title, kind, dueOn, CheckAnswer.format(given),
                SupplierText.optional(remarks, 4000), name, at, version);
    }

    public java.util.Map<CheckQuestion, CheckAnswer> answerMap() {
        return CheckAnswer.parse(answers);
    }
}
