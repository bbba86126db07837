package jp.mamori.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jp.mamori.finding.Finding;
import jp.mamori.finding.FindingSubject;
import jp.mamori.tenant.SeparationModel;

/**
 * Checks a {@link Topology} against its separation model and returns the {@link Finding}s of every {@link Rule}
 * that applies. Paths are followed over a graph of segments whose edges are the routed flows
 * ({@link FlowPath#carriesTraffic()}): one breadth-first search per kind of origin, so the check is linear in
 * segments plus flows (100,000 flows over 2,000 segments take milliseconds), never pairwise. A flow from or to one
 * system counts as its segment's. Stateless and thread-safe; pure (no Spring, no database).
 */
final class SeparationCheck {

    static final String MODULE = "network";

    private SeparationCheck() {
    }

    static List<Finding> check(Topology topology) {
        return new Run(topology).run();
    }

    /** One evaluation: the indexes of one topology. */
    private static final class Run {
        private final Topology t;
        private final SeparationModel model;
        private final Map<UUID, Integer> index = new HashMap<>();
        private final Segment[] segments;
        private final Map<UUID, InformationSystem> systems = new HashMap<>();
        private final List<Flow> flows;
        private final int[] from;
        private final int[] to;
        /** Routed edges by origin segment (compressed rows): edge ids into {@link #flows}. */
        private final int[] edgeStart;
        private final int[] edges;
        private final List<Finding> findings = new ArrayList<>();

        Run(Topology t) {
            this.t = t;
            this.model = t.model();
            this.segments = t.segments().toArray(Segment[]::new);
            for (int i = 0; i < segments.length; i++) {
                index.put(segments[i].id(), i);
            }
            t.systems().forEach(s -> systems.put(s.id(), s));
            var known = new ArrayList<Flow>();
            for (var f : t.flows()) {
                if (index.containsKey(segmentOf(f.fromSegmentId(), f.fromSystemId()))
                        && index.containsKey(segmentOf(f.toSegmentId(), f.toSystemId()))) {
                    known.add(f);
                }
            }
            this.flows = known;
            from = new int[flows.size()];
            to = new int[flows.size()];
            int[] degree = new int[segments.length + 1];
            for (int e = 0; e < flows.size(); e++) {
                var f = flows.get(e);
                from[e] = index.get(segmentOf(f.fromSegmentId(), f.fromSystemId()));
                to[e] = index.get(segmentOf(f.toSegmentId(), f.toSystemId()));
                if (f.path().carriesTraffic() && from[e] != to[e]) {
                    degree[from[e] + 1]++;
                }
            }
            for (int i = 0; i < segments.length; i++) {
                degree[i + 1] += degree[i];
            }
            edgeStart = degree.clone();
            edges = new int[degree[segments.length]];
            int[] fill = degree.clone();
            for (int e = 0; e < flows.size(); e++) {
                if (flows.get(e).path().carriesTraffic() && from[e] != to[e]) {
                    edges[fill[from[e]]++] = e;
                }
            }
        }

        /** The segment a flow end lies in: its system's when it names one. */
        private UUID segmentOf(UUID segmentId, UUID systemId) {
            if (systemId != null) {
                var s = systems.get(systemId);
                if (s != null) {
                    return s.segmentId();
                }
            }
            return segmentId;
        }

        List<Finding> run() {
            paths(Rule.INTERNET_MY_NUMBER_PATH, a -> a.internetSide(), a -> a == Area.MY_NUMBER);
            paths(Rule.INTERNET_MY_NUMBER_PATH, a -> a == Area.MY_NUMBER, a -> a.internetSide());
            paths(Rule.INTERNET_TO_LGWAN_UNSANITISED, a -> a.internetSide(), a -> a.lgwanSide());
            for (int e = 0; e < flows.size(); e++) {
                flowRules(e);
            }
            t.terminals().forEach(this::terminalRules);
            t.systems().forEach(this::systemRules);
            var seen = new HashSet<String>();
            return findings.stream().filter(f -> seen.add(f.ruleId() + "/" + f.subject().objectId() + "/"
                    + f.arguments())).toList();
        }

        // ---- paths -------------------------------------------------------------------------------------------

        /**
         * Every segment of {@code target} that a routed path from a segment of {@code origin} enters, once per entry
         * point: the finding names the flow that enters first, then the rest of the path.
         */
        private void paths(Rule rule, Predicate<Area> origin, Predicate<Area> target) {
            if (!rule.appliesTo(model)) {
                return;
            }
            int n = segments.length;
            int[] via = new int[n];
            java.util.Arrays.fill(via, -2);
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (origin.test(segments[i].area())) {
                    via[i] = -1;
                    queue[tail++] = i;
                }
            }
            if (tail == 0) {
                return;
            }
            while (head < tail) {
                int s = queue[head++];
                for (int k = edgeStart[s]; k < edgeStart[s + 1]; k++) {
                    int e = edges[k];
                    int d = to[e];
                    if (via[d] == -2) {
                        via[d] = e;
                        queue[tail++] = d;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (via[i] < 0 || !target.test(segments[i].area()) || target.test(segments[from[via[i]]].area())
                        || origin.test(segments[i].area())) {
                    continue;
                }
                var path = new ArrayList<Integer>();
                for (int at = i; via[at] >= 0; at = from[via[at]]) {
                    path.add(via[at]);
                }
                Collections.reverse(path);
                var subjects = new LinkedHashSet<FindingSubject>();
                subjects.add(flowSubject(via[i]));
                path.forEach(e -> subjects.add(flowSubject(e)));
                var names = new StringBuilder(segments[from[path.get(0)]].name());
                path.forEach(e -> names.append(" → ").append(segments[to[e]].name()));
                add(rule, new ArrayList<>(subjects), names.toString());
            }
        }

        // ---- one flow ----------------------------------------------------------------------------------------

        private void flowRules(int e) {
            var f = flows.get(e);
            var a = segments[from[e]].area();
            var b = segments[to[e]].area();
            if (f.path() == FlowPath.SANITISED && f.sanitiser().isEmpty()) {
                add(Rule.SANITISER_UNNAMED, List.of(flowSubject(e)), label(e));
            }
            if ((a == Area.MY_NUMBER) != (b == Area.MY_NUMBER) && !myNumberLinkAllowed(e, a, b)) {
                add(Rule.MY_NUMBER_UNRESTRICTED_LINK, List.of(flowSubject(e)), label(e));
            }
            if (a == Area.LGWAN && b.internetSide() && f.path().carriesTraffic()) {
                if (model == SeparationModel.ALPHA_PRIME && b == Area.CLOUD_SERVICE) {
                    if (!cloudAccessRestricted(e)) {
                        add(Rule.CLOUD_ACCESS_UNRESTRICTED, List.of(flowSubject(e)), label(e));
                    }
                } else {
                    add(Rule.LGWAN_DIRECT_TO_INTERNET, List.of(flowSubject(e)), label(e));
                }
            }
            if (a == Area.INTERNET && (b == Area.THE_INTERNET) && f.path().carriesTraffic()) {
                add(Rule.INTERNET_BYPASSES_SECURITY_CLOUD, List.of(flowSubject(e)), label(e));
            }
        }

        /**
         * マイナンバー利用事務系 may talk to a trusted public system over a routed, port-restricted flow to or from one named
         * system (or one host); and receive 無害化 or 画面転送 from LGWAN接続系 (R7.3 allows screen transfer into it).
         */
        private boolean myNumberLinkAllowed(int e, Area a, Area b) {
            var f = flows.get(e);
            var other = a == Area.MY_NUMBER ? b : a;
            if (other.trustedPublic()) {
                boolean remoteNamed = a == Area.MY_NUMBER
                        ? f.toSystemId() != null || segments[to[e]].singleHost()
                        : f.fromSystemId() != null || segments[from[e]].singleHost();
                return f.path().carriesTraffic() && f.ports().restricted() && remoteNamed;
            }
            boolean inbound = b == Area.MY_NUMBER;
            return inbound && a == Area.LGWAN
                    && (f.path() == FlowPath.SCREEN_TRANSFER || f.path() == FlowPath.SANITISED);
        }

        /** α' direct cloud access: a named destination (a system or one host), restricted ports, tenant restriction. */
        private boolean cloudAccessRestricted(int e) {
            var f = flows.get(e);
            var cloud = segments[to[e]];
            return cloud.tenantRestricted() && f.ports().restricted()
                    && (f.toSystemId() != null || !cloud.addresses().isEmpty());
        }

        // ---- terminals and systems ---------------------------------------------------------------------------

        private void terminalRules(TerminalGroup g) {
            var i = index.get(g.segmentId());
            if (i == null) {
                return;
            }
            var area = segments[i].area();
            var subject = List.of(new FindingSubject(MODULE, "TerminalGroup", g.id().toString(), g.name()));
            var where = segments[i].name();
            if (area == Area.MY_NUMBER && !g.multiFactor()) {
                add(Rule.MY_NUMBER_TERMINAL_SINGLE_FACTOR, subject, where);
            }
            if (area == Area.MY_NUMBER && g.externalMedia() == ExternalMedia.OPEN) {
                add(Rule.MY_NUMBER_TERMINAL_MEDIA_OPEN, subject, where);
            }
            if (area == Area.INTERNET && !(g.epp() && g.edr())) {
                add(Rule.INTERNET_TERMINAL_WITHOUT_EPP_EDR, subject, where);
            }
        }

        private void systemRules(InformationSystem s) {
            var i = index.get(s.segmentId());
            var demand = s.assetId() == null ? null : t.assets().get(s.assetId());
            if (i == null || demand == null) {
                return;
            }
            var segment = segments[i];
            var area = segment.area();
            var subject = List.of(new FindingSubject(MODULE, "NetworkSystem", s.id().toString(), s.name()),
                    new FindingSubject("asset", "InformationAsset", s.assetId().toString(),
                            demand.registerNumber() + " " + demand.name()));
            // The register's own rules already flag an asset whose registered zone is wrong (asset.consistency);
            // these add what only the placement shows: a system registered in the right zone but placed wrongly.
            var registered = demand.registeredZone();
            if (demand.specificPersonal() && area != Area.MY_NUMBER && !area.trustedPublic()
                    && (registered == null || registered == jp.mamori.asset.Zone.MY_NUMBER)) {
                add(Rule.SPECIFIC_PERSONAL_SYSTEM_OUTSIDE_MY_NUMBER, subject, segment.name());
            }
            boolean allowedOnInternetSide = model == SeparationModel.BETA_PRIME && area == Area.INTERNET
                    || model == SeparationModel.ALPHA_PRIME && area == Area.CLOUD_SERVICE && segment.tenantRestricted();
            if (demand.confidentialTwoOrAbove() && area.internetSide() && !allowedOnInternetSide
                    && registered != jp.mamori.asset.Zone.INTERNET) {
                add(Rule.CONFIDENTIAL_SYSTEM_ON_INTERNET_SIDE, subject, segment.name());
            }
            if (area.zone() != null && demand.registeredZone() != null && demand.registeredZone() != area.zone()) {
                add(Rule.SYSTEM_ZONE_DIFFERS_FROM_REGISTER, subject, demand.registeredZone().japanese() + " / "
                        + area.japanese());
            }
        }

        // ---- wording -----------------------------------------------------------------------------------------

        private FindingSubject flowSubject(int e) {
            return new FindingSubject(MODULE, "NetworkFlow", flows.get(e).id().toString(), label(e));
        }

        private String label(int e) {
            var f = flows.get(e);
            return end(segments[from[e]], f.fromSystemId()) + " → " + end(segments[to[e]], f.toSystemId()) + " ("
                    + f.protocol() + "/" + f.ports() + ", " + f.path().japanese() + ")";
        }

        private String end(Segment segment, UUID systemId) {
            var s = systemId == null ? null : systems.get(systemId);
            return s == null ? segment.name() : s.name();
        }

        private void add(Rule rule, List<FindingSubject> subjects, String detail) {
            if (rule.appliesTo(model)) {
                findings.add(new Finding(rule.ruleId(), rule.basis(), subjects, rule.severity(), rule.messageKey(),
                        List.of(detail)));
            }
        }
    }

    /** The ids of the flows the findings name, for marking them on the register and the diagram. */
    static Set<String> flagged(List<Finding> findings, String objectType) {
        var ids = new HashSet<String>();
        for (var f : findings) {
            for (var s : f.subjects()) {
                if (s.objectType().equals(objectType)) {
                    ids.add(s.objectId());
                }
            }
        }
        return ids;
    }
}
