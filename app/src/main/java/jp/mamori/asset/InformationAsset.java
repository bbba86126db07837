package jp.mamori.asset;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.kernel.Decision;

/**
 * 情報資産: one entry of the 情報資産台帳. The aggregate: its details, classification, status and disposal, and
 * a version for optimistic locking. Not thread-safe; one instance per use case.
 */
final class InformationAsset {

    private final UUID id;
    private final UUID tenantId;
    private AssetDetails details;
    private Classification classification;
    private AssetStatus status;
    private Disposal disposal;
    private final long version;

    InformationAsset(UUID id, UUID tenantId, AssetDetails details, Classification classification, AssetStatus status,
            Disposal disposal, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.details = Objects.requireNonNull(details, "details");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.status = Objects.requireNonNull(status, "status");
        this.disposal = disposal;
        this.version = version;
    }

    static InformationAsset register(UUID tenantId, AssetDetails details, Classification classification) {
        return new InformationAsset(UUID.randomUUID(), tenantId, details, classification, AssetStatus.ACTIVE, null, 0);
    }

    /** Whether a class on this scheme may be given: only the tenant's current scheme is accepted. */
    static Decision onScheme(Classification c, ClassificationScheme scheme) {
        if (c.confidentiality().scheme() != scheme) {
            return Decision.refuse("asset.refused.otherScheme", c.confidentiality().label());
        }
        return Decision.ALLOWED;
    }

    void revise(AssetDetails changed) {
        requireNotDisposed();
        this.details = changed;
    }

    /**
     * Gives the asset new classes; refused when not on the tenant's scheme or lower than what it inherits from
     * the information it holds (the refusal names the axis and the source).
     */
    Decision classify(Classification c, InheritedFloor floor, ClassificationScheme scheme) {
        if (status == AssetStatus.DISPOSED) {
            return Decision.refuse("asset.refused.disposed");
        }
        var onScheme = onScheme(c, scheme);
        if (!onScheme.allowed()) {
            return onScheme;
        }
        var admitted = floor.admits(c);
        if (admitted.allowed()) {
            this.classification = c;
        }
        return admitted;
    }

    /** Raises the classes to what the held information requires; true when anything changed. */
    boolean raiseTo(InheritedFloor floor) {
        var raised = floor.raise(classification);
        if (raised.equals(classification)) {
            return false;
        }
        this.classification = raised;
        return true;
    }

    /** Whether destroying it needs the 管理者's approval: 機密性2以上. */
    public boolean disposalNeedsApproval() {
        return classification.confidentiality().twoOrAbove();
    }

    /**
     * Records a request to dispose of the asset. Of 機密性1 it is disposed at once; of 2 or above it waits for
     * the manager's approval.
     */
    Decision requestDisposal(Disposal request) {
        if (status != AssetStatus.ACTIVE) {
            return Decision.refuse("asset.refused.notActive", status.name());
        }
        this.disposal = request;
        this.status = disposalNeedsApproval() ? AssetStatus.DISPOSAL_REQUESTED : AssetStatus.DISPOSED;
        return Decision.ALLOWED;
    }

    /**
     * The manager approves the requested disposal. Refused unless a request waits, when the approver is not the
     * asset's 管理者, or when the approver made the request (兼務の禁止: who applies does not approve).
     */
    Decision approveDisposal(UUID approverStaffId, String approverName, UUID managerStaffId, Instant at) {
        if (status != AssetStatus.DISPOSAL_REQUESTED) {
            return Decision.refuse("asset.refused.noDisposalRequest");
        }
        if (approverStaffId == null || !approverStaffId.equals(managerStaffId)) {
            return Decision.refuse("asset.refused.notManager");
        }
        if (approverStaffId.equals(disposal.requesterStaffId())) {
            return Decision.refuse("asset.refused.selfApproval");
        }
        this.disposal = disposal.approvedBy(approverStaffId, approverName, at);
        this.status = AssetStatus.DISPOSED;
        return Decision.ALLOWED;
    }

    /**
     * The requester takes back a disposal request that waits for approval; the asset is in use again. Refused
     * for anyone else (the manager sends nothing back: they simply do not approve) and when nothing waits.
     */
    Decision withdrawDisposal(UUID byStaffId) {
        if (status != AssetStatus.DISPOSAL_REQUESTED) {
            return Decision.refuse("asset.refused.noDisposalRequest");
        }
        if (byStaffId == null || !byStaffId.equals(disposal.requesterStaffId())) {
            return Decision.refuse("asset.refused.notRequester");
        }
        this.disposal = null;
        this.status = AssetStatus.ACTIVE;
        return Decision.ALLOWED;
    }

    private void requireNotDisposed() {
        if (status == AssetStatus.DISPOSED) {
            throw new AssetRefused("asset.refused.disposed");
        }
    }

    public UUID id() { return id; }

    public UUID tenantId() { return tenantId; }

    public AssetDetails details() { return details; }

    public Classification classification() { return classification; }

    public AssetStatus status() { return status; }

    public Disposal disposal() { return disposal; }

    public long version() { return version; }
}
