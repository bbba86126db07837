package jp.mamori.catalog;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;
import jp.mamori.kernel.Decision;

/**
 * The tenant's line of the statement of applicability for one measure: whether it applies (非適用 always with a
 * reason), who owns it (a security role or an org unit, or nobody yet), how far it is implemented, the tenant's own
 * article number for it (municipalities renumber, for example 第27条) and notes. A measure the tenant has not
 * touched is {@link #initial(String) 適用, 未着手} at version 0. Immutable.
 *
 * @param ownerRole the owning role, or null
 * @param ownerUnitId the owning org unit, or null (never both)
 * @param updatedAt when it was last saved, null while never saved
 * @param version the optimistic-locking version; 0 while never saved
 */
public record ApplicabilityEntry(String measureId, Applicability applicability, String reason,
        ImplementationStatus status, SecurityRole ownerRole, UUID ownerUnitId, String localArticle, String notes,
        OffsetDateTime updatedAt, long version) {

    static final int MAX_REASON = 1000;
    static final int MAX_ARTICLE = 60;
    static final int MAX_NOTES = 2000;

    public ApplicabilityEntry {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason.strip();
        localArticle = localArticle == null ? "" : localArticle.strip();
        notes = notes == null ? "" : notes.strip();
    }

    static ApplicabilityEntry initial(String measureId) {
        return new ApplicabilityEntry(measureId, Applicability.APPLICABLE, "", ImplementationStatus.NOT_STARTED, null,
                null, "", "", null, 0);
    }

    /** What a user or an import asks to set; the version is the one they read. */
    record Change(Applicability applicability, String reason, ImplementationStatus status, SecurityRole ownerRole,
            UUID ownerUnitId, String localArticle, String notes) {

        ApplicabilityEntry applyTo(ApplicabilityEntry entry) {
            return new ApplicabilityEntry(entry.measureId(), applicability, reason, status, ownerRole, ownerUnitId,
                    localArticle, notes, entry.updatedAt(), entry.version());
        }
    }

    /**
     * The rules of a statement line: 非適用 needs a reason and has status 非適用; an applicable measure is 未着手,
     * 一部実施 or 実施済み; one owner at most; texts within their lengths.
     */
    Decision check() {
        if (applicability == Applicability.NOT_APPLICABLE && reason.isBlank()) {
            return Decision.refuse("catalog.refused.reasonRequired");
        }
        if (applicability == Applicability.NOT_APPLICABLE && status != ImplementationStatus.NOT_APPLICABLE) {
            return Decision.refuse("catalog.refused.statusOfNotApplicable");
        }
        if (applicability == Applicability.APPLICABLE && status == ImplementationStatus.NOT_APPLICABLE) {
            return Decision.refuse("catalog.refused.statusOfApplicable");
        }
        if (ownerRole != null && ownerUnitId != null) {
            return Decision.refuse("catalog.refused.oneOwner");
        }
        if (reason.length() > MAX_REASON || localArticle.length() > MAX_ARTICLE || notes.length() > MAX_NOTES) {
            return Decision.refuse("catalog.refused.tooLong", MAX_REASON, MAX_ARTICLE, MAX_NOTES);
        }
        return Decision.ALLOWED;
    }

    /** Whether the measure counts as applicable in the coverage. */
    public boolean applicable() {
        return applicability == Applicability.APPLICABLE;
    }
}
