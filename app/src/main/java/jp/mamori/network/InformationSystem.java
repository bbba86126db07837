package jp.mamori.network;

import java.util.Objects;
import java.util.UUID;

/**
 * An information system (情報システム) placed in a segment, linked to its entry in the asset register. Immutable.
 *
 * @param assetId the system's asset, or null while it is not registered
 * @param address its address (one host), or empty
 */
record InformationSystem(UUID id, String name, UUID segmentId, UUID assetId, String address, String description,
        int version) {

    InformationSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segmentId, "segmentId");
        address = address == null ? "" : address.strip();
        description = description == null ? "" : description;
    }
}
