package jp.mamori.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.asset.ZoneDemand;
import jp.mamori.tenant.SeparationModel;

/**
 * Everything the separation check reads of one tenant: its model, its segments, systems, terminal groups and flows,
 * and what the register says of the systems' assets. Immutable.
 */
record Topology(SeparationModel model, List<Segment> segments, List<InformationSystem> systems,
        List<TerminalGroup> terminals, List<Flow> flows, Map<UUID, ZoneDemand> assets) {

    Topology {
        Objects.requireNonNull(model, "model");
        segments = List.copyOf(segments);
        systems = List.copyOf(systems);
        terminals = List.copyOf(terminals);
        flows = List.copyOf(flows);
        assets = Map.copyOf(assets);
    }

    Topology withModel(SeparationModel other) {
        return new Topology(other, segments, systems, terminals, flows, assets);
    }
}
