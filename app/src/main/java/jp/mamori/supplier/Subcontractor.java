package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A sub-contractor (再委託先) of a contractor: allowed only with the town's approval ({@code approvedOn}, null while
 * not approved) and bound by the same duties as the contractor. Immutable.
 */
record Subcontractor(UUID id, UUID tenantId, UUID contractorId, String name, String work, LocalDate approvedOn,
        boolean sameDuties, long version) {

    Subcontractor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractorId, "contractorId");
        name = SupplierText.required(name, "name", 200);
        work = SupplierText.optional(work, 1000);
    }

    boolean approved() {
        return approvedOn != null && sameDuties;
    }
}
