package jp.mamori.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.trail.TrailObjectNames;

import org.springframework.stereotype.Component;

/** Segments, systems, terminal groups and flows in the trail viewer, linked to their pages. */
@Component
class NetworkTrailNames implements TrailObjectNames {

    private final Networks networks;
    private final NetworkPages pages;

    NetworkTrailNames(Networks networks, NetworkPages pages) {
        this.networks = networks;
        this.pages = pages;
    }

    @Override
    public Map<String, ObjectLink> names(UUID tenantId, String objectType, Set<String> ids) {
        var uuids = TrailObjectNames.uuids(ids);
        var found = new HashMap<String, ObjectLink>();
        if (uuids.isEmpty()) {
            return found;
        }
        switch (objectType) {
            case "NetworkSegment" -> networks.segments(tenantId).stream().filter(s -> uuids.contains(s.id()))
                    .forEach(s -> found.put(s.id().toString(), new ObjectLink(s.name(), "/network/segments/" + s.id())));
            case "NetworkSystem" -> networks.systems(tenantId).stream().filter(s -> uuids.contains(s.id()))
                    .forEach(s -> found.put(s.id().toString(), new ObjectLink(s.name(), "/network/systems/" + s.id())));
            case "TerminalGroup" -> networks.terminals(tenantId).stream().filter(g -> uuids.contains(g.id()))
                    .forEach(g -> found.put(g.id().toString(), new ObjectLink(g.name(), "/network/terminals/" + g.id())));
            case "NetworkFlow" -> uuids.forEach(id -> networks.flow(tenantId, id).ifPresent(f -> found.put(id.toString(),
                    new ObjectLink(pages.flow(tenantId, f).from() + " → " + pages.flow(tenantId, f).to(),
                            "/network/flows/" + id))));
            default -> {
            }
        }
        return found;
    }
}
