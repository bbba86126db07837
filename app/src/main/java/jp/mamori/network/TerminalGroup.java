package jp.mamori.network;

import java.util.Objects;
import java.util.UUID;

/**
 * A group of terminals (端末) with the same settings in one segment. Immutable.
 *
 * @param factors how many authentication factors sign-in asks for (1 = password only)
 * @param screenTransferClient whether the terminals run a screen-transfer client (画面転送)
 */
record TerminalGroup(UUID id, String name, UUID segmentId, int count, int factors, ExternalMedia externalMedia,
        boolean epp, boolean edr, boolean screenTransferClient, String description, int version) {

    TerminalGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(externalMedia, "externalMedia");
        description = description == null ? "" : description;
    }

    boolean multiFactor() {
        return factors >= 2;
    }
}
