package jp.mamori.asset;

/** Where an asset is in its life: in use, disposal requested (awaiting the manager's approval), disposed. */
public enum AssetStatus {
    ACTIVE,
    DISPOSAL_REQUESTED,
    DISPOSED
}
