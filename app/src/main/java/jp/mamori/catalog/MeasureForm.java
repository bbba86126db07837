package jp.mamori.catalog;

import java.util.UUID;

import jp.mamori.organization.SecurityRole;

/**
 * The edit form of a measure's statement line, bound from the request. The owner is one value,
 * {@code ROLE:<SecurityRole>} or {@code UNIT:<unit id>} or empty; an applicable measure's status comes from
 * {@code status}, a 非適用 one is always 非適用.
 */
record MeasureForm(String applicability, String reason, String status, String owner, String localArticle,
        String notes, Long version) {

    static MeasureForm of(ApplicabilityEntry entry) {
        String owner = entry.ownerRole() != null ? "ROLE:" + entry.ownerRole().name()
                : entry.ownerUnitId() != null ? "UNIT:" + entry.ownerUnitId() : "";
        return new MeasureForm(entry.applicability().name(), entry.reason(),
                entry.applicable() ? entry.status().name() : ImplementationStatus.NOT_STARTED.name(), owner,
                entry.localArticle(), entry.notes(), entry.version());
    }

    /** The change the form asks for; an unknown value is refused (422). */
    ApplicabilityEntry.Change change() {
        Applicability applicability;
        ImplementationStatus status;
        try {
            applicability = Applicability.valueOf(this.applicability == null ? "" : this.applicability);
            status = applicability == Applicability.NOT_APPLICABLE ? ImplementationStatus.NOT_APPLICABLE
                    : ImplementationStatus.valueOf(this.status == null ? "" : this.status);
        } catch (IllegalArgumentException e) {
            throw new CatalogRefused("catalog.refused.invalid");
        }
        SecurityRole role = null;
        UUID unit = null;
        var o = owner == null ? "" : owner.strip();
        try {
            if (o.startsWith("ROLE:")) {
                role = SecurityRole.valueOf(o.substring(5));
            } else if (o.startsWith("UNIT:")) {
                unit = UUID.fromString(o.substring(5));
            } else if (!o.isEmpty()) {
                throw new CatalogRefused("catalog.refused.invalid");
            }
        } catch (IllegalArgumentException e) {
            throw new CatalogRefused("catalog.refused.invalid");
        }
        return new ApplicabilityEntry.Change(applicability, reason, status, role, unit, localArticle, notes);
    }
}
