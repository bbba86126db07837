package jp.mamori.asset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.Tenants;
import jp.mamori.trail.Trail;
import jp.mamori.kernel.EditConflict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for changing the 情報資産台帳: register, revise, classify, hold, dispose. Each use case runs in
 * one transaction with exactly one trail entry and a history row per asset it changes. Refusals are
 * {@link AssetRefused} (422); a stale version is an {@link EditConflict} (409); an asset outside the tenant or
 * the signed-in user's units is {@link AssetNotFound} (404). Thread-safe.
 */
@Service
@Transactional
public class AssetManagement {

    private final Assets assets;
    private final AssetHistory history;
    private final Owners owners;
    private final Tenants tenants;
    private final Trail trail;
    private final Clock clock;
    private final AssetFindings findings;

    AssetManagement(Assets assets, AssetHistory history, Owners owners, Tenants tenants, Trail trail, Clock clock,
            AssetFindings findings) {
        this.assets = assets;
        this.history = history;
        this.owners = owners;
        this.tenants = tenants;
        this.trail = trail;
        this.clock = clock;
        this.findings = findings;
    }

    /** Registers a new asset; returns its id. */
    public UUID register(UUID tenantId, AssetDetails details, Classification classification) {
        checkDetails(tenantId, details, null);
        InformationAsset.onScheme(classification, tenants.scheme(tenantId)).orThrow(AssetRefused::new);
        var asset = InformationAsset.register(tenantId, details, classification);
        assets.insert(asset);
        recorded(tenantId, "asset.asset.registered", "InformationAsset", asset.id().toString(),
                details.registerNumber() + " " + details.name() + " を登録（" + classification.shortForm() + "）");
        return asset.id();
    }

    /** Changes an asset's details; the version is the one the user's form was built from. */
    public void revise(UUID tenantId, UUID id, long version, AssetDetails details) {
        var asset = load(tenantId, id, version, Permission.ASSET_EDIT);
        checkDetails(tenantId, details, id);
        if (asset.details().kind().holdsInformation() && !details.kind().holdsInformation()
                && !assets.held(tenantId, id).isEmpty()) {
            throw new AssetRefused("asset.refused.kindHolds");
        }
        var before = asset.details();
        asset.revise(details);
        var summary = AssetChanges.describe(before, null, details, null);
        assets.update(asset);
        recorded(tenantId, "asset.asset.revised", "InformationAsset", id.toString(),
                details.registerNumber() + " " + (summary.isEmpty() ? "変更なし" : summary));
    }

    /**
     * Gives an asset new classes on the tenant's scheme. A system or medium cannot go below what it holds (the
     * refusal names the source); raising held information raises its systems and media with it.
     */
    public void classify(UUID tenantId, UUID id, long version, Classification classification) {
        var asset = load(tenantId, id, version, Permission.ASSET_EDIT);
        var before = asset.classification();
        asset.classify(classification, InheritedFloor.of(assets.held(tenantId, id)), tenants.scheme(tenantId))
                .orThrow(AssetRefused::new);
        assets.update(asset);
        var summary = AssetChanges.describe(null, before, null, classification);
        var raised = raiseContainers(tenantId, id);
        recorded(tenantId, "asset.asset.classified", "InformationAsset", id.toString(),
                asset.details().registerNumber() + " " + (summary.isEmpty() ? "変更なし" : summary)
                        + (raised.isEmpty() ? "" : "; 継承により引き上げ: " + String.join(", ", raised)));
    }

    /**
     * Changes details and classes together, as the edit form does: one change, one history row, one trail entry.
     */
    public void update(UUID tenantId, UUID id, long version, AssetDetails details, Classification classification) {
        var asset = load(tenantId, id, version, Permission.ASSET_EDIT);
        checkDetails(tenantId, details, id);
        if (asset.details().kind().holdsInformation() && !details.kind().holdsInformation()
                && !assets.held(tenantId, id).isEmpty()) {
            throw new AssetRefused("asset.refused.kindHolds");
        }
        var before = asset.details();
        var beforeClass = asset.classification();
        asset.revise(details);
        asset.classify(classification, InheritedFloor.of(assets.held(tenantId, id)), tenants.scheme(tenantId))
                .orThrow(AssetRefused::new);
        assets.update(asset);
        var summary = AssetChanges.describe(before, beforeClass, details, classification);
        var raised = raiseContainers(tenantId, id);
        recorded(tenantId, "asset.asset.revised", "InformationAsset", id.toString(),
                details.registerNumber() + " " + (summary.isEmpty() ? "変更なし" : summary)
                        + (raised.isEmpty() ? "" : "; 継承により引き上げ: " + String.join(", ", raised)));
    }

    /** Records that a system or medium holds an information asset; the container is raised to its classes. */
    public void hold(UUID tenantId, UUID containerId, UUID heldId) {
        var container = load(tenantId, containerId, null, Permission.ASSET_EDIT);
        var held = load(tenantId, heldId, null, Permission.ASSET_EDIT);
        if (!container.details().kind().holdsInformation() || !held.details().kind().isHeldInformation()) {
            throw new AssetRefused("asset.refused.cannotHold", container.details().name(), held.details().name());
        }
        if (assets.holds(tenantId, containerId, heldId)) {
            return;
        }
        assets.hold(tenantId, containerId, heldId);
        history.record(tenantId, heldId, "asset.holding.added", "保有先に追加: " + display(container));
        var raised = raiseContainers(tenantId, heldId);
        recorded(tenantId, "asset.holding.added", "InformationAsset", containerId.toString(),
                display(container) + " が " + display(held) + " を保有"
                        + (raised.isEmpty() ? "" : "; 継承により引き上げ: " + String.join(", ", raised)));
    }

    /** Ends a holding; the container keeps its classes (lowering them is a deliberate reclassification). */
    public void release(UUID tenantId, UUID containerId, UUID heldId) {
        var container = load(tenantId, containerId, null, Permission.ASSET_EDIT);
        var held = load(tenantId, heldId, null, Permission.ASSET_EDIT);
        assets.release(tenantId, containerId, heldId);
        recorded(tenantId, "asset.holding.removed", "InformationAsset", containerId.toString(),
                display(container) + " の保有から " + display(held) + " を除外");
    }

    /**
     * Records a disposal: of 機密性1 the asset is disposed at once; of 2 or above the request waits for the
     * 管理者's approval.
     */
    public void requestDisposal(UUID tenantId, UUID id, long version, LocalDate on, String person, String method) {
        var asset = load(tenantId, id, version, Permission.ASSET_EDIT);
        var requester = CurrentUser.get().map(CurrentUser::staffId).orElse(null);
        asset.requestDisposal(new Disposal(on, person, method, Actor.current().name(), requester, null, null, null))
                .orThrow(AssetRefused::new);
        assets.update(asset);
        var what = asset.status() == AssetStatus.DISPOSED ? "廃棄を記録" : "廃棄を申請（管理者の承認待ち）";
        var summary = what + ": " + on + " " + person.strip() + " " + method.strip();
        recorded(tenantId, asset.status() == AssetStatus.DISPOSED ? "asset.asset.disposed"
                : "asset.disposal.requested", "InformationAsset", id.toString(),
                asset.details().registerNumber() + " " + summary);
    }

    /** The asset's 管理者, signed in, approves its requested disposal; date, person and method are recorded. */
    public void approveDisposal(UUID tenantId, UUID id, long version) {
        var asset = load(tenantId, id, version, Permission.ASSET_DISPOSAL_APPROVE);
        var user = CurrentUser.require();
        var manager = owners.managerOf(tenantId, asset.details()).map(m -> m.id()).orElse(null);
        asset.approveDisposal(user.staffId(), user.displayName(), manager, clock.instant()).orThrow(AssetRefused::new);
        assets.update(asset);
        var d = asset.disposal();
        var summary = "廃棄を承認: " + d.disposedOn() + " " + d.person() + " " + d.method() + "（承認者 "
                + user.displayName() + "）";
        recorded(tenantId, "asset.asset.disposed", "InformationAsset", id.toString(),
                asset.details().registerNumber() + " " + summary);
    }

    /** The requester, signed in, withdraws their disposal request that waits for approval. */
    public void withdrawDisposal(UUID tenantId, UUID id, long version) {
        var asset = load(tenantId, id, version, Permission.ASSET_EDIT);
        var user = CurrentUser.require();
        var d = asset.disposal();
        asset.withdrawDisposal(user.staffId()).orThrow(AssetRefused::new);
        assets.update(asset);
        var summary = "廃棄申請を取り下げ: " + d.disposedOn() + " " + d.person() + " " + d.method();
        recorded(tenantId, "asset.disposal.withdrawn", "InformationAsset", id.toString(),
                asset.details().registerNumber() + " " + summary);
    }

    /** Raises every system and medium holding this asset to its floor; returns who was raised. */
    List<String> raiseContainers(UUID tenantId, UUID heldId) {
        var raised = new ArrayList<String>();
        for (var containerId : assets.containersOf(tenantId, heldId)) {
            var container = assets.find(tenantId, containerId).orElseThrow();
            var before = container.classification();
            if (container.status() != AssetStatus.DISPOSED
                    && container.raiseTo(InheritedFloor.of(assets.held(tenantId, containerId)))) {
                assets.update(container);
                history.record(tenantId, containerId, "asset.asset.inherited",
                        "継承により引き上げ: " + AssetChanges.describe(null, before, null, container.classification()));
                raised.add(display(container));
            }
        }
        return raised;
    }

    /** The asset, if it is the tenant's and owned by a unit the permission reaches; a stale version is a conflict. */
    private InformationAsset load(UUID tenantId, UUID id, Long version, Permission permission) {
        var asset = assets.find(tenantId, id).filter(a -> AssetScope.reaches(permission, a.details().ownerUnitId()))
                .orElseThrow(() -> new AssetNotFound(id));
        if (version != null && asset.version() != version) {
            throw new EditConflict("information asset " + id + " is at version " + asset.version() + ", not " + version);
        }
        return asset;
    }

    private void checkDetails(UUID tenantId, AssetDetails details, UUID self) {
        if (!owners.unitExists(tenantId, details.ownerUnitId())) {
            throw new AssetRefused("asset.refused.unknownUnit");
        }
        if (!AssetScope.edits(details.ownerUnitId())) {
            throw new AssetRefused("asset.refused.unitOutOfReach");
        }
        if (details.managerStaffId() != null && !owners.staffExists(tenantId, details.managerStaffId())) {
            throw new AssetRefused("asset.refused.unknownManager");
        }
        if (assets.numberTaken(tenantId, details.registerNumber(), self == null ? new UUID(0, 0) : self)) {
            throw new AssetRefused("asset.refused.numberTaken", details.registerNumber());
        }
    }


    private static String display(InformationAsset a) {
        return a.details().name() + "（" + a.details().registerNumber() + "）";
    }

    /** Every change ends here: its one trail entry, and the register's findings published once it commits. */
    private void recorded(UUID tenantId, String action, String objectType, String objectId, String summary) {
        trail.record(tenantId, action, objectType, objectId, summary);
        findings.changed(tenantId);
    }
}
