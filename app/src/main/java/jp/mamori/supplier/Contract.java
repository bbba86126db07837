package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A contract (委託契約) with a contractor: its period, the security clauses it contains (the others are missing) and
 * the date of the end-of-contract deletion certificate (データ消去証明書; null until received). Immutable.
 */
record Contract(UUID id, UUID tenantId, UUID contractorId, String title, LocalDate startsOn, LocalDate endsOn,
        Set<SecurityClause> clauses, LocalDate deletionCertifiedOn, long version) {

    Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractorId, "contractorId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        title = SupplierText.required(title, "title", 200);
        clauses = clauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clauses));
        if (endsOn.isBefore(startsOn)) {
            throw new SupplierRefused("supplier.refused.period");
        }
    }

    /** The clauses of the checklist this contract lacks, in the checklist's order. */
    Set<SecurityClause> missing() {
        var missing = EnumSet.allOf(SecurityClause.class);
        missing.removeAll(clauses);
        return missing;
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Ended without the deletion certificate: the information the contractor held is not known to be gone. */
    boolean deletionCertificateOwedOn(LocalDate day) {
        return day.isAfter(endsOn) && deletionCertifiedOn == null;
    }

    static Set<SecurityClause> parse(String stored) {
        var set = EnumSet.noneOf(SecurityClause.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(SecurityClause::valueOf).forEach(set::add);
        }
        return set;
    }

    static String format(Set<SecurityClause> clauses) {
        return String.join(",", EnumSet.copyOf(clauses.isEmpty() ? EnumSet.noneOf(SecurityClause.class) : clauses)
                .stream().map(Enum::name).toList());
    }
}
