package jp.mamori.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.importing.ImportPlan;
import jp.mamori.importing.RowProblem;
import jp.mamori.importing.SheetImport;
import jp.mamori.trail.Trail;
import jp.mamori.web.ImportSheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports declared flows from a firewall rule export (CSV or XLSX) through the import pipeline: columns 送信元,
 * 宛先, サービス, 動作 (or source, destination, service, action), and optionally 経路, 無害化, 目的. A source or
 * destination is a system's or segment's name, or an address inside a segment. A service is {@code TCP/443},
 * {@code udp:53}, {@code 443}, a well-known name (HTTPS, SMTP, RDP…) or {@code any}. Rows whose action denies are
 * left out (they declare no flow); rows equal to a declared flow change nothing, so importing twice adds nothing.
 * All or nothing, every problem by row and column, one trail entry. The export is read whole by
 * {@link ImportSheet} (a rule export has at most some 100,000 rules, a few megabytes); flow logs, which run to
 * millions of lines, are streamed by {@link TrafficComparison} instead. Thread-safe.
 */
@Service
@Transactional
class FlowImport implements SheetImport<FlowImport.Plan> {

    static final List<String> SOURCE = List.of("送信元", "source", "src");
    static final List<String> DESTINATION = List.of("宛先", "destination", "dst");
    static final List<String> SERVICE = List.of("サービス", "service");
    static final List<String> ACTION = List.of("動作", "action");
    static final List<String> PATH = List.of("経路", "path");
    static final List<String> SANITISER = List.of("無害化", "sanitiser", "sanitizer");
    static final List<String> PURPOSE = List.of("目的", "purpose", "comment", "コメント");

    private static final Map<String, String> SERVICES = Map.ofEntries(Map.entry("HTTP", "TCP/80"),
            Map.entry("HTTPS", "TCP/443"), Map.entry("SMTP", "TCP/25"), Map.entry("SMTPS", "TCP/465"),
            Map.entry("SUBMISSION", "TCP/587"), Map.entry("DNS", "UDP/53"), Map.entry("NTP", "UDP/123"),
            Map.entry("RDP", "TCP/3389"), Map.entry("SSH", "TCP/22"), Map.entry("SMB", "TCP/445"),
            Map.entry("LDAP", "TCP/389"), Map.entry("LDAPS", "TCP/636"), Map.entry("SYSLOG", "UDP/514"),
            Map.entry("ALL", "ANY/any"), Map.entry("ANY", "ANY/any"));

    private final Networks networks;
    private final Trail trail;
    private final NetworkFindings findings;

    FlowImport(Networks networks, Trail trail, NetworkFindings findings) {
        this.networks = networks;
        this.trail = trail;
        this.findings = findings;
    }

    /** What importing one export would do. */
    static final class Plan implements ImportPlan {
        final List<RowProblem> problems = new ArrayList<>();
        final List<Flow> created = new ArrayList<>();
        int rows;
        int unchanged;
        int denied;
        String basis = "";

        @Override
        public int rows() {
            return rows;
        }

        @Override
        public List<RowProblem> problems() {
            return problems;
        }

        @Override
        public int changed() {
            return created.size();
        }

        @Override
        public int unchanged() {
            return unchanged;
        }

        public int getDenied() {
            return denied;
        }

        @Override
        public String basis() {
            return basis;
        }
    }

    @Override
    public String kind() {
        return "network.flows";
    }

    @Override
    @Transactional(readOnly = true)
    public Plan plan(UUID tenantId, ImportSheet.Sheet sheet) {
        var plan = new Plan();
        var segments = networks.segments(tenantId);
        var systems = networks.systems(tenantId);
        var book = new AddressBook(segments, systems);
        var segmentsByName = new HashMap<String, Segment>();
        segments.forEach(s -> segmentsByName.put(s.name(), s));
        var systemsByName = new HashMap<String, InformationSystem>();
        systems.forEach(s -> systemsByName.put(s.name(), s));
        var existing = networks.flows(tenantId);
        Set<String> known = new HashSet<>();
        existing.forEach(f -> known.add(identity(f)));
        plan.basis = existing.size() + ":" + segments.stream().map(s -> s.id() + "@" + s.version()).sorted().toList()
                + systems.stream().map(s -> s.id() + "@" + s.version()).sorted().toList()
                + existing.stream().map(f -> f.id() + "@" + f.version()).sorted().toList().hashCode();
        var source = column(sheet, SOURCE);
        var destination = column(sheet, DESTINATION);
        var service = column(sheet, SERVICE);
        var action = column(sheet, ACTION);
        if (source == null || destination == null || service == null || action == null) {
            plan.problems.add(RowProblem.of(1, "送信元・宛先・サービス・動作", "network.import.error.header"));
            return plan;
        }
        var path = column(sheet, PATH);
        var sanitiser = column(sheet, SANITISER);
        var purpose = column(sheet, PURPOSE);
        for (var row : sheet.rows()) {
            plan.rows++;
            if (!allows(row.get(action))) {
                plan.denied++;
                continue;
            }
            var from = end(row.get(source), segmentsByName, systemsByName, book);
            var to = end(row.get(destination), segmentsByName, systemsByName, book);
            if (from == null) {
                plan.problems.add(RowProblem.of(row.number(), source, "network.import.error.unknownEnd", row.get(source)));
            }
            if (to == null) {
                plan.problems.add(RowProblem.of(row.number(), destination, "network.import.error.unknownEnd",
                        row.get(destination)));
            }
            String protocol;
            Ports ports;
            try {
                var s = service(row.get(service));
                protocol = s[0];
                ports = Ports.parse(s[1]);
            } catch (IllegalArgumentException e) {
                plan.problems.add(RowProblem.of(row.number(), service, "network.import.error.service", row.get(service)));
                continue;
            }
            var flowPath = path == null || row.get(path).isBlank() ? FlowPath.DIRECT : FlowPath.parse(row.get(path));
            if (flowPath == null) {
                plan.problems.add(RowProblem.of(row.number(), path, "network.import.error.path", row.get(path)));
                continue;
            }
            if (from == null || to == null) {
                continue;
            }
            var flow = new Flow(UUID.randomUUID(), from.segment(), from.system(), to.segment(), to.system(), protocol,
                    ports, purpose == null ? "" : row.get(purpose), flowPath,
                    sanitiser == null ? "" : row.get(sanitiser), 0);
            if (from.segment().equals(to.segment()) && java.util.Objects.equals(from.system(), to.system())) {
                plan.problems.add(RowProblem.of(row.number(), destination, "network.import.error.sameEnds",
                        row.get(destination)));
                continue;
            }
            if (known.add(identity(flow))) {
                plan.created.add(flow);
            } else {
                plan.unchanged++;
            }
        }
        return plan;
    }

    @Override
    public void apply(UUID tenantId, Plan plan, String fileName) {
        if (plan.created.isEmpty()) {
            return;
        }
        networks.insertAll(tenantId, plan.created);
        trail.recordAll(tenantId, "network.flow.imported", "NetworkFlow",
                plan.created.stream().map(f -> f.id().toString()).toList(),
                plan.created.stream().map(f -> "取り込みで登録: " + fileName).toList());
        trail.record(tenantId, "network.flows.imported", "NetworkFlow", "-", fileName + " を取り込み: " + plan.rows
                + " 行, 新規 " + plan.created.size() + " 件, 既存と同じ " + plan.unchanged + " 件, 拒否の規則 "
                + plan.denied + " 件");
        findings.changed(tenantId);
    }

    private record End(UUID segment, UUID system) {
    }

    private static End end(String text, Map<String, Segment> segments, Map<String, InformationSystem> systems,
            AddressBook book) {
        var t = text.strip();
        var system = systems.get(t);
        if (system != null) {
            return new End(system.segmentId(), system.id());
        }
        var segment = segments.get(t);
        if (segment != null) {
            return new End(segment.id(), null);
        }
        var address = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
        long ip = AddressBook.parse(address);
        int host = book.systemOf(ip);
        if (host >= 0 && !t.contains("/")) {
            var s = book.systems().get(host);
            return new End(s.segmentId(), s.id());
        }
        int at = book.segmentOf(ip);
        return at < 0 ? null : new End(book.segmentId(at), null);
    }

    /** {protocol, ports} of a service cell. */
    static String[] service(String text) {
        var t = text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new IllegalArgumentException(text);
        }
        t = SERVICES.getOrDefault(t, t);
        int sep = Math.max(t.indexOf('/'), t.indexOf(':'));
        if (sep < 0) {
            return new String[] {"TCP", t};
        }
        var protocol = t.substring(0, sep).strip();
        if (!protocol.matches("TCP|UDP|ICMP|ANY|IP")) {
            throw new IllegalArgumentException(text);
        }
        return new String[] {protocol, t.substring(sep + 1)};
    }

    static boolean allows(String action) {
        var a = action.strip().toLowerCase(Locale.ROOT);
        return switch (a) {
            case "accept", "allow", "permit", "pass", "許可" -> true;
            default -> false;
        };
    }

    private static String identity(Flow f) {
        return f.fromSegmentId() + "|" + f.fromSystemId() + "|" + f.toSegmentId() + "|" + f.toSystemId() + "|"
                + f.protocol() + "|" + f.ports().text() + "|" + f.path();
    }

    private static String column(ImportSheet.Sheet sheet, List<String> names) {
        for (var h : sheet.header()) {
            for (var n : names) {
                if (h.strip().equalsIgnoreCase(n)) {
                    return h;
                }
            }
        }
        return null;
    }
}
