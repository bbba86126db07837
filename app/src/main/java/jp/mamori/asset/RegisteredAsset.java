package jp.mamori.asset;

import java.util.List;
import java.util.Objects;

import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.UnitId;

/**
 * One entry of the 情報資産台帳 as other modules read it (risk, incidents, network): what it is, who owns it, its
 * classes (C/I/A), its zone, and the systems and media that hold it. A snapshot; immutable.
 *
 * @param zone the network zone, or null (paper, facilities outside any network)
 * @param heldBy the systems and storage media holding this asset, by register number; empty when none
 */
public record RegisteredAsset(AssetId id, String registerNumber, String name, AssetKind kind, AssetStatus status,
        UnitId ownerUnitId, Classification classification, Zone zone, List<Holder> heldBy) {

    public RegisteredAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(classification, "classification");
        heldBy = List.copyOf(heldBy);
    }

    /** A system or medium that holds the asset. */
    public record Holder(AssetId id, String registerNumber, String name, AssetKind kind, Zone zone) {
    }

    /** Only the information systems among the holders. */
    public List<Holder> systems() {
        return heldBy.stream().filter(h -> h.kind() == AssetKind.INFORMATION_SYSTEM).toList();
    }
}
