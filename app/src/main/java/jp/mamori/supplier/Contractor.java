package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A contractor (委託先): the company, the work it does for which unit, its certifications (ISMS / ISO 27001 and
 * プライバシーマーク, each with its expiry; null when it holds none), the contact, and its staff with access.
 * Immutable.
 */
record Contractor(UUID id, UUID tenantId, String name, UUID unitId, String work, String contactName,
        String contactEmail, LocalDate ismsExpiresOn, LocalDate privacyMarkExpiresOn, String staffWithAccess,
        long version) {

    Contractor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(unitId, "unitId");
        name = SupplierText.required(name, "name", 200);
        work = SupplierText.optional(work, 1000);
        contactName = SupplierText.optional(contactName, 200);
        contactEmail = SupplierText.optional(contactEmail, 254);
        staffWithAccess = SupplierText.optional(staffWithAccess, 2000);
    }
}
