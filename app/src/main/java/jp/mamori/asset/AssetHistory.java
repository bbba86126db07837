package jp.mamori.asset;

import java.util.List;
import java.util.UUID;

import jp.mamori.trail.Trail;
import jp.mamori.trail.TrailHistory;

import org.springframework.stereotype.Component;

/**
 * An asset's 変更履歴, kept in the trail: the entries recorded on the asset are its history. Most changes record their
 * one trail entry on the asset themselves; this records those that concern an asset other than the entry's object
 * (the held side of a holding, a raise by inheritance) or many assets at once (an import, a scheme mapping), so that
 * each asset's page still shows them. Thread-safe.
 */
@Component
class AssetHistory {

    static final String OBJECT_TYPE = "InformationAsset";

    private final Trail trail;
    private final TrailHistory history;

    AssetHistory(Trail trail, TrailHistory history) {
        this.trail = trail;
        this.history = history;
    }

    /** Records the change on the asset, in the caller's transaction. */
    void record(UUID tenantId, UUID assetId, String action, String summary) {
        trail.record(tenantId, action, OBJECT_TYPE, assetId.toString(), summary);
    }

    /** Many changes at once (imports): asset i got summary i. */
    void recordAll(UUID tenantId, List<UUID> assetIds, String action, List<String> summaries) {
        trail.recordAll(tenantId, action, OBJECT_TYPE, assetIds.stream().map(UUID::toString).toList(), summaries);
    }

    /** The newest changes of the asset, newest first. */
    List<TrailHistory.Change> of(UUID tenantId, UUID assetId) {
        return history.history(tenantId, OBJECT_TYPE, assetId.toString(), 0).items();
    }
}
