package jp.mamori.network;

import java.util.Objects;
import java.util.UUID;

/**
 * A declared flow (通信経路): from a segment (or one system in it) to a segment (or one system in it), with its
 * protocol, ports, purpose and path. Immutable.
 *
 * @param fromSystemId the system the flow leaves from, or null for the whole segment
 * @param toSystemId the system it goes to, or null for the whole segment
 * @param ports the {@link Ports} it allows
 * @param sanitiser for a {@link FlowPath#SANITISED} flow, the sanitiser's name (無害化製品・サービス)
 */
record Flow(UUID id, UUID fromSegmentId, UUID fromSystemId, UUID toSegmentId, UUID toSystemId, String protocol,
        Ports ports, String purpose, FlowPath path, String sanitiser, int version) {

    Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromSegmentId, "fromSegmentId");
        Objects.requireNonNull(toSegmentId, "toSegmentId");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(path, "path");
        protocol = protocol == null || protocol.isBlank() ? "TCP" : protocol.strip().toUpperCase(java.util.Locale.ROOT);
        purpose = purpose == null ? "" : purpose;
        sanitiser = sanitiser == null ? "" : sanitiser.strip();
    }

    Flow withPath(FlowPath newPath, String newSanitiser) {
        return new Flow(id, fromSegmentId, fromSystemId, toSegmentId, toSystemId, protocol, ports, purpose, newPath,
                newSanitiser, version);
    }
}
