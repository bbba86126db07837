package jp.mamori.network;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.mamori.finding.Finding;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the network pages show: the registers filtered by a search text and paged, with the flows, systems and
 * terminal groups that findings name marked. The registers of a town are small (tens of segments, hundreds of
 * flows); a register is read whole and filtered here. Read-only; thread-safe.
 */
@Component
@Transactional(readOnly = true)
class NetworkPages {

    /** One flow as its list and page show it. */
    record FlowRow(UUID id, String from, String to, String protocol, String ports, FlowPath path, String sanitiser,
            String purpose, boolean flagged, int version) {
    }

    record SegmentRow(Segment segment, long systems, long terminals, long flows) {
    }

    record SystemRow(InformationSystem system, String segment, Area area, boolean flagged) {
    }

    record TerminalRow(TerminalGroup group, String segment, Area area, boolean flagged) {
    }

    private final Networks networks;
    private final NetworkFindings findings;

    NetworkPages(Networks networks, NetworkFindings findings) {
        this.networks = networks;
        this.findings = findings;
    }

    Map<UUID, Segment> segments(UUID tenantId) {
        var map = new java.util.LinkedHashMap<UUID, Segment>();
        networks.segments(tenantId).forEach(s -> map.put(s.id(), s));
        return map;
    }

    Map<UUID, InformationSystem> systems(UUID tenantId) {
        var map = new java.util.LinkedHashMap<UUID, InformationSystem>();
        networks.systems(tenantId).forEach(s -> map.put(s.id(), s));
        return map;
    }

    List<FlowRow> flows(UUID tenantId, String text) {
        var segments = segments(tenantId);
        var systems = systems(tenantId);
        var flagged = SeparationCheck.flagged(findings.current(tenantId), "NetworkFlow");
        return networks.flows(tenantId).stream().map(f -> row(f, segments, systems, flagged))
                .filter(matches(text, r -> r.from() + " " + r.to() + " " + r.ports() + " " + r.protocol() + " "
                        + r.purpose() + " " + r.path().japanese() + " " + r.sanitiser()))
                .sorted(java.util.Comparator.comparing(FlowRow::flagged).reversed().thenComparing(FlowRow::from)
                        .thenComparing(FlowRow::to).thenComparing(FlowRow::ports))
                .toList();
    }

    FlowRow flow(UUID tenantId, Flow f) {
        var flagged = SeparationCheck.flagged(findings.current(tenantId), "NetworkFlow");
        return row(f, segments(tenantId), systems(tenantId), flagged);
    }

    private static FlowRow row(Flow f, Map<UUID, Segment> segments, Map<UUID, InformationSystem> systems,
            Set<String> flagged) {
        return new FlowRow(f.id(), end(f.fromSegmentId(), f.fromSystemId(), segments, systems),
                end(f.toSegmentId(), f.toSystemId(), segments, systems), f.protocol(), f.ports().text(), f.path(),
                f.sanitiser(), f.purpose(), flagged.contains(f.id().toString()), f.version());
    }

    private static String end(UUID segment, UUID system, Map<UUID, Segment> segments,
            Map<UUID, InformationSystem> systems) {
        var s = segments.get(segment);
        var name = s == null ? "?" : s.name();
        if (system != null && systems.containsKey(system)) {
            return systems.get(system).name() + "（" + name + "）";
        }
        return name;
    }

    List<SegmentRow> segmentRows(UUID tenantId, String text) {
        var systems = networks.systems(tenantId);
        var terminals = networks.terminals(tenantId);
        var flows = networks.flows(tenantId);
        var flowCounts = new HashMap<UUID, Long>();
        flows.forEach(f -> {
            flowCounts.merge(f.fromSegmentId(), 1L, Long::sum);
            if (!f.toSegmentId().equals(f.fromSegmentId())) {
                flowCounts.merge(f.toSegmentId(), 1L, Long::sum);
            }
        });
        return networks.segments(tenantId).stream()
                .filter(matches(text, s -> s.name() + " " + s.area().japanese() + " " + s.addresses() + " "
                        + s.description()))
                .map(s -> new SegmentRow(s, systems.stream().filter(x -> x.segmentId().equals(s.id())).count(),
                        terminals.stream().filter(g -> g.segmentId().equals(s.id())).mapToLong(TerminalGroup::count)
                                .sum(), flowCounts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    List<SystemRow> systemRows(UUID tenantId, String text) {
        var segments = segments(tenantId);
        var flagged = SeparationCheck.flagged(findings.current(tenantId), "NetworkSystem");
        return networks.systems(tenantId).stream().map(s -> {
            var seg = segments.get(s.segmentId());
            return new SystemRow(s, seg.name(), seg.area(), flagged.contains(s.id().toString()));
        }).filter(matches(text, r -> r.system().name() + " " + r.segment() + " " + r.area().japanese() + " "
                + r.system().address())).toList();
    }

    List<TerminalRow> terminalRows(UUID tenantId, String text) {
        var segments = segments(tenantId);
        var flagged = SeparationCheck.flagged(findings.current(tenantId), "TerminalGroup");
        return networks.terminals(tenantId).stream().map(g -> {
            var seg = segments.get(g.segmentId());
            return new TerminalRow(g, seg.name(), seg.area(), flagged.contains(g.id().toString()));
        }).filter(matches(text, r -> r.group().name() + " " + r.segment() + " " + r.area().japanese())).toList();
    }

    /** The findings that name one object. */
    List<Finding> findingsOn(UUID tenantId, String objectType, UUID id) {
        return findings.current(tenantId).stream().filter(f -> f.subjects().stream()
                .anyMatch(s -> s.objectType().equals(objectType) && s.objectId().equals(id.toString()))).toList();
    }

    static <T> ResultPage<T> page(List<T> all, int page, int size) {
        int from = Math.min(page * size, all.size());
        return new ResultPage<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    private static <T> Predicate<T> matches(String text, Function<T, String> haystack) {
        if (text == null || text.isBlank()) {
            return x -> true;
        }
        var words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return x -> {
            var h = haystack.apply(x).toLowerCase(Locale.ROOT);
            for (var w : words) {
                if (!h.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }
}
