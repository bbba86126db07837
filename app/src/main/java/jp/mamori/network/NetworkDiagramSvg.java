package jp.mamori.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.finding.Finding;
import jp.mamori.web.Svg;

/**
 * The network diagram (ネットワーク構成図) drawn on the server: the zones as horizontal bands with the outside areas
 * above (trusted public systems, LGWAN) and below (the security cloud, the Internet, cloud services), each segment a
 * box listing its systems, and the declared flows as arrows between segments, one per pair and direction. Arrows
 * whose flows have findings are red and numbered; the numbers are the findings listed beside the drawing. Not
 * thread-safe: one per request.
 */
final class NetworkDiagramSvg {

    /** The bands, top to bottom, and the areas in each. */
    private static final List<List<Area>> BANDS = List.of(
            List.of(Area.JUKI_NET, Area.INTERMEDIATE_SERVER, Area.GOVERNMENT_CLOUD, Area.LGWAN_NETWORK),
            List.of(Area.MY_NUMBER), List.of(Area.LGWAN), List.of(Area.INTERNET),
            List.of(Area.SECURITY_CLOUD, Area.THE_INTERNET, Area.CLOUD_SERVICE));
    private static final List<String> BAND_NAMES = List.of("外部（住基ネット・中間サーバー・ガバメントクラウド・LGWAN）",
            "マイナンバー利用事務系", "LGWAN接続系", "インターネット接続系", "外部（自治体情報セキュリティクラウド・インターネット・クラウド）");
    private static final List<String> BAND_FILLS = List.of("#f3f4f6", "#fdf2e9", "#eaf2fb", "#eef7ee", "#f3f4f6");
    static final String RED = "#c0392b";
    private static final double BOX_W = 190;
    private static final double GAP = 50;
    private static final double LEFT = 20;
    private static final double LINE = 15;
    private static final int MAX_PER_BAND = 40;

    /** One drawn arrow: a pair of segments, its flows, and the findings' numbers on it. */
    record Arrow(UUID from, UUID to, int flows, List<Integer> findings) {
    }

    private NetworkDiagramSvg() {
    }

    /**
     * @param findings the current findings, numbered from 1 in this order as the page lists them
     */
    static String draw(Topology t, List<Finding> findings, boolean standalone) {
        var systemsBySegment = new HashMap<UUID, List<String>>();
        t.systems().forEach(s -> systemsBySegment.computeIfAbsent(s.segmentId(), k -> new ArrayList<>()).add(s.name()));
        var segmentOfSystem = new HashMap<UUID, UUID>();
        t.systems().forEach(s -> segmentOfSystem.put(s.id(), s.segmentId()));
        var bandOf = new EnumMap<Area, Integer>(Area.class);
        for (int b = 0; b < BANDS.size(); b++) {
            for (var a : BANDS.get(b)) {
                bandOf.put(a, b);
            }
        }
        var inBand = new ArrayList<List<Segment>>();
        BANDS.forEach(b -> inBand.add(new ArrayList<>()));
        t.segments().forEach(s -> {
            var list = inBand.get(bandOf.get(s.area()));
            if (list.size() < MAX_PER_BAND) {
                list.add(s);
            }
        });
        int columns = Math.max(3, inBand.stream().mapToInt(List::size).max().orElse(1));
        double width = LEFT * 2 + columns * BOX_W + (columns - 1) * GAP;
        // Box heights per band: the tallest box's lines.
        var lines = new HashMap<UUID, List<String>>();
        double y = 10;
        var boxY = new HashMap<UUID, Double>();
        var boxX = new HashMap<UUID, Double>();
        var boxH = new HashMap<UUID, Double>();
        var svg = Svg.drawing();
        var title = Svg.Font.of(13, "#333333").inBold();
        var name = Svg.Font.of(12, "#111111").inBold();
        var small = Svg.Font.of(11, "#333333");
        var bandTops = new ArrayList<double[]>();
        for (int b = 0; b < BANDS.size(); b++) {
            double tallest = 0;
            for (var s : inBand.get(b)) {
                var l = new ArrayList<>(Svg.wrap(s.name(), BOX_W - 12, 12));
                for (var sys : systemsBySegment.getOrDefault(s.id(), List.of())) {
                    l.addAll(Svg.wrap("・" + sys, BOX_W - 12, 11));
                }
                lines.put(s.id(), l);
                tallest = Math.max(tallest, 16 + l.size() * LINE);
            }
            double bandHeight = 30 + Math.max(tallest, 30) + 20;
            bandTops.add(new double[] {y, bandHeight});
            svg.box(4, y, width - 8, bandHeight, 6, BAND_FILLS.get(b), "#b0b7c3", 1);
            svg.text(LEFT, y + 20, BAND_NAMES.get(b), title);
            double x = LEFT;
            for (var s : inBand.get(b)) {
                double h = 16 + lines.get(s.id()).size() * LINE;
                boxX.put(s.id(), x);
                boxY.put(s.id(), y + 30);
                boxH.put(s.id(), h);
                x += BOX_W + GAP;
            }
            y += bandHeight + 14;
        }
        double height = y + 4;
        // Arrows, one per ordered pair of segments; red when a finding names one of its flows.
        var numbersByFlow = new HashMap<String, List<Integer>>();
        for (int i = 0; i < findings.size(); i++) {
            for (var subject : findings.get(i).subjects()) {
                if (subject.objectType().equals("NetworkFlow")) {
                    numbersByFlow.computeIfAbsent(subject.objectId(), k -> new ArrayList<>()).add(i + 1);
                }
            }
        }
        var arrows = new LinkedHashMap<String, Arrow>();
        for (var f : t.flows()) {
            var from = f.fromSystemId() != null ? segmentOfSystem.getOrDefault(f.fromSystemId(), f.fromSegmentId())
                    : f.fromSegmentId();
            var to = f.toSystemId() != null ? segmentOfSystem.getOrDefault(f.toSystemId(), f.toSegmentId())
                    : f.toSegmentId();
            if (from.equals(to) || !boxX.containsKey(from) || !boxX.containsKey(to)) {
                continue;
            }
            var key = from + ">" + to;
            var before = arrows.get(key);
            var numbers = new ArrayList<>(before == null ? List.<Integer>of() : before.findings());
            numbersByFlow.getOrDefault(f.id().toString(), List.of()).stream().filter(n -> !numbers.contains(n))
                    .forEach(numbers::add);
            arrows.put(key, new Arrow(from, to, before == null ? 1 : before.flows() + 1, numbers));
        }
        var reverse = new java.util.HashSet<String>();
        for (var a : arrows.values()) {
            boolean twoWay = arrows.containsKey(a.to() + ">" + a.from());
            double shift = twoWay ? (reverse.contains(a.to() + ">" + a.from()) ? 8 : -8) : 0;
            reverse.add(a.from() + ">" + a.to());
            double x1 = boxX.get(a.from()) + BOX_W / 2 + shift;
            double x2 = boxX.get(a.to()) + BOX_W / 2 + shift;
            double y1c = boxY.get(a.from());
            double y2c = boxY.get(a.to());
            double y1;
            double y2;
            if (Math.abs(y1c - y2c) < 1) {
                // Same band: from side to side.
                y1 = y1c + boxH.get(a.from()) / 2 + shift;
                y2 = y1;
                x1 = boxX.get(a.from()) + (x2 > x1 ? BOX_W : 0);
                x2 = boxX.get(a.to()) + (x2 > x1 ? 0 : BOX_W);
            } else if (y2c > y1c) {
                y1 = y1c + boxH.get(a.from());
                y2 = y2c;
            } else {
                y1 = y1c;
                y2 = y2c + boxH.get(a.to());
            }
            boolean bad = !a.findings().isEmpty();
            svg.arrow(x1, y1, x2, y2, bad ? RED : "#555555");
            if (bad) {
                var label = "⚠ " + String.join(",", a.findings().stream().map(String::valueOf).toList());
                svg.text((x1 + x2) / 2 + 4, (y1 + y2) / 2, label, Svg.Font.of(12, RED).inBold());
            } else if (a.flows() > 1) {
                svg.text((x1 + x2) / 2 + 4, (y1 + y2) / 2, "×" + a.flows(), small);
            }
        }
        // Boxes on top of the arrows.
        Set<String> flaggedBoxes = new java.util.HashSet<>();
        for (var f : findings) {
            for (var s : f.subjects()) {
                if (s.objectType().equals("NetworkSystem") || s.objectType().equals("TerminalGroup")) {
                    flaggedBoxes.add(s.objectId());
                }
            }
        }
        var terminalsBySegment = new HashMap<UUID, Boolean>();
        t.terminals().forEach(g -> terminalsBySegment.merge(g.segmentId(), flaggedBoxes.contains(g.id().toString()),
                Boolean::logicalOr));
        var systemFlag = new HashMap<UUID, Boolean>();
        t.systems().forEach(s -> systemFlag.merge(s.segmentId(), flaggedBoxes.contains(s.id().toString()),
                Boolean::logicalOr));
        for (var s : t.segments()) {
            if (!boxX.containsKey(s.id())) {
                continue;
            }
            boolean bad = terminalsBySegment.getOrDefault(s.id(), false) || systemFlag.getOrDefault(s.id(), false);
            double x = boxX.get(s.id());
            double top = boxY.get(s.id());
            svg.box(x, top, BOX_W, boxH.get(s.id()), 4, "#ffffff", bad ? RED : "#4a5568", bad ? 2 : 1);
            var l = lines.get(s.id());
            int nameLines = Svg.wrap(s.name(), BOX_W - 12, 12).size();
            svg.lines(x + 6, top + 16, l.subList(0, nameLines), LINE, name);
            if (l.size() > nameLines) {
                svg.lines(x + 6, top + 16 + nameLines * LINE, l.subList(nameLines, l.size()), LINE, small);
            }
        }
        var heading = "ネットワーク構成図（三層の対策）";
        var description = t.segments().size() + " セグメント, " + t.flows().size() + " 通信経路, 要確認事項 "
                + findings.size() + " 件";
        return standalone ? svg.document(width, height, heading, description)
                : svg.inline("network", width, height, heading, description);
    }
}
