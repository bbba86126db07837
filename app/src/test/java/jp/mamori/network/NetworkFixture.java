package jp.mamori.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.asset.Zone;
import jp.mamori.asset.ZoneDemand;
import jp.mamori.finding.Finding;
import jp.mamori.tenant.SeparationModel;

/** Builds topologies for the separation rules' tests, in a few readable lines. */
final class NetworkFixture {

    final List<Segment> segments = new ArrayList<>();
    final List<InformationSystem> systems = new ArrayList<>();
    final List<TerminalGroup> terminals = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final Map<UUID, ZoneDemand> assets = new HashMap<>();

    Segment segment(String name, Area area) {
        return segment(name, area, "", false);
    }

    Segment segment(String name, Area area, String addresses, boolean tenantRestricted) {
        var s = new Segment(UUID.randomUUID(), name, area, addresses, tenantRestricted, "", 0);
        segments.add(s);
        return s;
    }

    InformationSystem system(String name, Segment in) {
        var s = new InformationSystem(UUID.randomUUID(), name, in.id(), null, "", "", 0);
        systems.add(s);
        return s;
    }

    InformationSystem system(String name, Segment in, boolean confidential, boolean specific, Zone registered) {
        var asset = UUID.randomUUID();
        var s = new InformationSystem(UUID.randomUUID(), name, in.id(), asset, "", "", 0);
        systems.add(s);
        assets.put(asset, new ZoneDemand("A-" + name, name, confidential, specific, registered));
        return s;
    }

    TerminalGroup terminals(String name, Segment in, int factors, ExternalMedia media, boolean epp, boolean edr) {
        var g = new TerminalGroup(UUID.randomUUID(), name, in.id(), 10, factors, media, epp, edr, false, "", 0);
        terminals.add(g);
        return g;
    }

    Flow flow(Segment from, Segment to, String ports, FlowPath path) {
        return flow(from, null, to, null, ports, path, path == FlowPath.SANITISED ? "メール無害化" : "");
    }

    Flow flow(Segment from, InformationSystem fromSystem, Segment to, InformationSystem toSystem, String ports,
            FlowPath path, String sanitiser) {
        var f = new Flow(UUID.randomUUID(), from.id(), fromSystem == null ? null : fromSystem.id(), to.id(),
                toSystem == null ? null : toSystem.id(), "TCP", Ports.parse(ports), "", path, sanitiser, 0);
        flows.add(f);
        return f;
    }

    Topology topology(SeparationModel model) {
        return new Topology(model, segments, systems, terminals, flows, assets);
    }

    List<Finding> check(SeparationModel model) {
        return SeparationCheck.check(topology(model));
    }

    List<Finding> check(SeparationModel model, Rule rule) {
        return check(model).stream().filter(f -> f.ruleId().equals(rule.ruleId())).toList();
    }

    /** A well-built α town: three zones, the security cloud, sanitised mail, screen transfer, trusted links. */
    static NetworkFixture wellBuilt() {
        var n = new NetworkFixture();
        var myNumber = n.segment("住基セグメント", Area.MY_NUMBER);
        var lgwan = n.segment("庁内LAN", Area.LGWAN);
        var internet = n.segment("インターネット系LAN", Area.INTERNET);
        var cloud = n.segment("自治体情報セキュリティクラウド", Area.SECURITY_CLOUD);
        var net = n.segment("インターネット", Area.THE_INTERNET);
        var lgwanNet = n.segment("LGWAN", Area.LGWAN_NETWORK);
        var juki = n.segment("住基ネット", Area.JUKI_NET);
        var cs = n.system("住基全国サーバ", juki);
        n.flow(myNumber, null, juki, cs, "700", FlowPath.DEDICATED_LINE, "");
        n.flow(internet, cloud, "443", FlowPath.DIRECT);
        n.flow(cloud, net, "443", FlowPath.DIRECT);
        n.flow(internet, lgwan, "25", FlowPath.SANITISED);
        n.flow(lgwan, internet, "3389", FlowPath.SCREEN_TRANSFER);
        n.flow(lgwan, lgwanNet, "443", FlowPath.DIRECT);
        n.terminals("住民課端末", myNumber, 2, ExternalMedia.ALLOW_LISTED, true, false);
        n.terminals("インターネット閲覧端末", internet, 1, ExternalMedia.OPEN, true, true);
        n.terminals("庁内LAN端末", lgwan, 1, ExternalMedia.ALLOW_LISTED, true, false);
        return n;
    }
}
