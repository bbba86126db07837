package jp.mamori.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import jp.mamori.finding.Finding;
import jp.mamori.finding.FindingSubject;
import jp.mamori.finding.Severity;

/**
 * Compares observed traffic (a firewall or flow log export, seed 6(2)③ 不正通信の監視) with the declared flows, line
 * by line from a reader, so that a log of any size is never held in memory: what it keeps is one aggregate per
 * (source, destination, port) of traffic that no declared flow allows, at most {@value #MAX_GROUPS} of them. Two
 * layouts: a generic CSV with a header naming time, source, destination, port and action (English or Japanese
 * names, any order), and FortiGate's key=value traffic log ({@code date= time= srcip= dstip= dstport= action=}).
 * Denied traffic is counted and left out: the firewall stopped it. Addresses outside every segment are grouped by
 * their /24. Not thread-safe: one per comparison.
 */
final class TrafficComparison {

    static final int MAX_GROUPS = 100_000;
    static final String RULE_UNDECLARED = "network.TRAFFIC_UNDECLARED";
    static final String RULE_AGAINST_MODEL = "network.TRAFFIC_AGAINST_MODEL";

    /** Traffic no declared flow allows, between two places on one port. */
    record Unmatched(String source, String destination, int port, long count, String firstSeen, String lastSeen,
            boolean againstModel) {
    }

    /** What a comparison found. */
    record Result(String layout, long lines, long compared, long denied, long unreadable, long matched,
            List<Unmatched> unmatched, long overflow) {

        List<Finding> findings() {
            var list = new ArrayList<Finding>();
            for (var u : unmatched) {
                var id = u.source() + ">" + u.destination() + ":" + u.port();
                var label = u.source() + " → " + u.destination() + " :" + u.port();
                list.add(new Finding(u.againstModel() ? RULE_AGAINST_MODEL : RULE_UNDECLARED,
                        u.againstModel() ? "6(2)" : "MIC-STD-4.3",
                        List.of(new FindingSubject(SeparationCheck.MODULE, "TrafficObservation", id, label)),
                        u.againstModel() ? Severity.HIGH : Severity.MEDIUM,
                        "network.rule." + (u.againstModel() ? "TRAFFIC_AGAINST_MODEL" : "TRAFFIC_UNDECLARED"),
                        List.of(label, Long.toString(u.count()), u.firstSeen(), u.lastSeen())));
            }
            return list;
        }
    }

    private final AddressBook book;
    private final Area[] areas;
    /** Declared flows by (from segment, to segment). */
    private final AddressBook.LongIntTable declaredIndex = new AddressBook.LongIntTable(1024);
    private final List<List<Declared>> declared = new ArrayList<>();
    private final GroupTable groups = new GroupTable();
    private long overflow;

    private record Declared(int fromSystem, int toSystem, Ports ports) {
    }

    /**
     * The unmatched groups, keyed by two longs (each end: a segment index, or the /24 of an address outside every
     * segment; and the port) in an open-addressing table, so that a line that joins a group allocates nothing.
     */
    private static final class GroupTable {
        private long[] keysA = new long[1 << 12];
        private long[] keysB = new long[1 << 12];
        private int[] slots = new int[1 << 12];
        final List<long[]> keys = new ArrayList<>();
        long[] counts = new long[256];
        String[] first = new String[256];
        String[] last = new String[256];

        GroupTable() {
            java.util.Arrays.fill(slots, -1);
        }

        int size() {
            return keys.size();
        }

        /** The group's index, or -1 when absent. */
        int find(long a, long b) {
            int m = slots.length - 1;
            int i = hash(a, b) & m;
            while (slots[i] >= 0) {
                if (keysA[i] == a && keysB[i] == b) {
                    return slots[i];
                }
                i = (i + 1) & m;
            }
            return -1;
        }

        int add(long a, long b, String time) {
            if ((keys.size() + 1) * 2 > slots.length) {
                grow();
            }
            int index = keys.size();
            keys.add(new long[] {a, b});
            if (index == counts.length) {
                counts = java.util.Arrays.copyOf(counts, index * 2);
                first = java.util.Arrays.copyOf(first, index * 2);
                last = java.util.Arrays.copyOf(last, index * 2);
            }
            first[index] = time;
            last[index] = time;
            place(a, b, index);
            return index;
        }

        private void place(long a, long b, int index) {
            int m = slots.length - 1;
            int i = hash(a, b) & m;
            while (slots[i] >= 0) {
                i = (i + 1) & m;
            }
            keysA[i] = a;
            keysB[i] = b;
            slots[i] = index;
        }

        private void grow() {
            int n = slots.length * 2;
            keysA = new long[n];
            keysB = new long[n];
            slots = new int[n];
            java.util.Arrays.fill(slots, -1);
            for (int k = 0; k < keys.size(); k++) {
                place(keys.get(k)[0], keys.get(k)[1], k);
            }
        }

        private static int hash(long a, long b) {
            long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
            return (int) (h ^ (h >>> 29));
        }
    }

    TrafficComparison(Topology t) {
        this.book = new AddressBook(t.segments(), t.systems());
        var segmentIndex = new HashMap<java.util.UUID, Integer>();
        for (int i = 0; i < t.segments().size(); i++) {
            segmentIndex.put(t.segments().get(i).id(), i);
        }
        var systemIndex = new HashMap<java.util.UUID, Integer>();
        var systemSegment = new HashMap<java.util.UUID, java.util.UUID>();
        for (int i = 0; i < t.systems().size(); i++) {
            systemIndex.put(t.systems().get(i).id(), i);
            systemSegment.put(t.systems().get(i).id(), t.systems().get(i).segmentId());
        }
        areas = t.segments().stream().map(Segment::area).toArray(Area[]::new);
        for (var f : t.flows()) {
            var from = segmentIndex.get(f.fromSystemId() != null
                    ? systemSegment.getOrDefault(f.fromSystemId(), f.fromSegmentId()) : f.fromSegmentId());
            var to = segmentIndex.get(f.toSystemId() != null
                    ? systemSegment.getOrDefault(f.toSystemId(), f.toSegmentId()) : f.toSegmentId());
            if (from == null || to == null) {
                continue;
            }
            int fs = f.fromSystemId() == null ? -1 : systemIndex.getOrDefault(f.fromSystemId(), -1);
            int ts = f.toSystemId() == null ? -1 : systemIndex.getOrDefault(f.toSystemId(), -1);
            int at = declaredIndex.get(pair(from, to));
            if (at < 0) {
                at = declared.size();
                declared.add(new ArrayList<>());
                declaredIndex.putIfAbsent(pair(from, to), at);
            }
            declared.get(at).add(new Declared(fs, ts, f.ports()));
        }
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | (to & 0xFFFFFFFFL);
    }

    /** Reads the whole log and compares every line. */
    Result compare(BufferedReader in) throws IOException {
        long lines = 0;
        long compared = 0;
        long denied = 0;
        long unreadable = 0;
        long matched = 0;
        String line = in.readLine();
        while (line != null && line.isBlank()) {
            line = in.readLine();
        }
        if (line == null) {
            return new Result("", 0, 0, 0, 0, 0, List.of(), 0);
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        boolean forti = line.contains("srcip=");
        int[] columns = forti ? null : columns(line);
        if (!forti && columns == null) {
            return new Result("", 1, 0, 0, 1, 0, List.of(), 0);
        }
        if (!forti) {
            line = in.readLine();
        }
        var fields = new Fields();
        for (; line != null; line = in.readLine()) {
            lines++;
            if (line.isEmpty()) {
                continue;
            }
            boolean ok = forti ? fields.fortigate(line) : fields.csv(line, columns);
            if (!ok) {
                unreadable++;
                continue;
            }
            if (!fields.allowed) {
                denied++;
                continue;
            }
            compared++;
            if (observe(fields)) {
                matched++;
            }
        }
        var unmatched = new ArrayList<Unmatched>();
        for (int g = 0; g < groups.size(); g++) {
            long a = groups.keys.get(g)[0];
            long b = groups.keys.get(g)[1];
            int fromSegment = ((a >>> 32) & 1) == 1 ? (int) a : -1;
            int toSegment = ((b >>> 32) & 1) == 1 ? (int) b : -1;
            unmatched.add(new Unmatched(place(fromSegment, fromSegment >= 0 ? 0 : (a & 0xFFFFFFL) << 8),
                    place(toSegment, toSegment >= 0 ? 0 : (b & 0xFFFFFFL) << 8), (int) (b >>> 33), groups.counts[g],
                    groups.first[g], groups.last[g], againstModel(fromSegment, toSegment)));
        }
        unmatched.sort(Comparator.comparing(Unmatched::againstModel).reversed()
                .thenComparing(Comparator.comparingLong(Unmatched::count).reversed()));
        return new Result(forti ? "FortiGate" : "CSV", lines, compared, denied, unreadable, matched, unmatched,
                overflow);
    }

    /** True when a declared flow allows the line; otherwise it is counted in its group. */
    private boolean observe(Fields f) {
        int fromSegment = book.segmentOf(f.source);
        int toSegment = book.segmentOf(f.destination);
        if (fromSegment >= 0 && toSegment >= 0) {
            if (fromSegment == toSegment) {
                return true; // inside one segment: no boundary crossed
            }
            int at = declaredIndex.get(pair(fromSegment, toSegment));
            if (at >= 0) {
                var candidates = declared.get(at);
                int fromSystem = book.systemOf(f.source);
                int toSystem = book.systemOf(f.destination);
                for (int k = 0, n = candidates.size(); k < n; k++) {
                    var d = candidates.get(k);
                    if ((d.fromSystem() < 0 || d.fromSystem() == fromSystem)
                            && (d.toSystem() < 0 || d.toSystem() == toSystem) && d.ports().allows(f.port)) {
                        return true;
                    }
                }
            }
        }
        // Each end: bit 32 set and the segment index, or the /24 of the address; the port above bit 33 of the second.
        long a = fromSegment >= 0 ? (1L << 32) | fromSegment : f.source >>> 8;
        long b = (toSegment >= 0 ? (1L << 32) | toSegment : f.destination >>> 8) | ((long) f.port << 33);
        int group = groups.find(a, b);
        if (group < 0) {
            if (groups.size() >= MAX_GROUPS) {
                overflow++;
                return false;
            }
            group = groups.add(a, b, f.time());
        } else {
            if (f.timeBefore(groups.first[group])) {
                groups.first[group] = f.time();
            }
            if (f.timeAfter(groups.last[group])) {
                groups.last[group] = f.time();
            }
        }
        groups.counts[group]++;
        return false;
    }

    /** Traffic that crosses zones against the model, whether or not it was declared. */
    private boolean againstModel(int from, int to) {
        if (from < 0 || to < 0) {
            return from >= 0 && areas[from] == Area.MY_NUMBER || to >= 0 && areas[to] == Area.MY_NUMBER;
        }
        var a = areas[from];
        var b = areas[to];
        return a.internetSide() && (b == Area.MY_NUMBER || b.lgwanSide()) || a == Area.MY_NUMBER && b.internetSide()
                || (a == Area.MY_NUMBER) != (b == Area.MY_NUMBER) && !a.trustedPublic() && !b.trustedPublic();
    }

    private String place(int segment, long net) {
        if (segment >= 0) {
            return book.segments().get(segment).name();
        }
        return ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + ".0/24";
    }

    /** The positions of time, source, destination, port and action in a CSV header, or null when one is missing. */
    static int[] columns(String header) {
        var names = header.split(",", -1);
        int[] at = {-1, -1, -1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            var n = names[i].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            switch (n) {
                case "time", "timestamp", "date", "日時", "時刻" -> at[0] = i;
                case "source", "src", "srcip", "source address", "送信元" -> at[1] = i;
                case "destination", "dst", "dstip", "destination address", "宛先" -> at[2] = i;
                case "port", "dstport", "destination port", "ポート" -> at[3] = i;
                case "action", "動作" -> at[4] = i;
                default -> {
                }
            }
        }
        for (int a : at) {
            if (a < 0) {
                return null;
            }
        }
        return at;
    }

    /** One line's fields, reused from line to line. */
    private static final class Fields {
        /** The time is kept as a region of the line and made a string only when a group needs it. */
        private String line;
        private int timeStart;
        private int timeEnd;
        private String timeText;
        long source;
        long destination;
        int port;
        boolean allowed;
        private final int[] starts = new int[64];
        private final int[] ends = new int[64];

        boolean csv(String line, int[] columns) {
            int n = 0;
            int start = 0;
            for (int i = 0; i <= line.length() && n < 64; i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    starts[n] = start;
                    ends[n] = i;
                    n++;
                    start = i + 1;
                }
            }
            int max = Math.max(Math.max(columns[0], columns[1]), Math.max(Math.max(columns[2], columns[3]), columns[4]));
            if (n <= max) {
                return false;
            }
            this.line = line;
            timeText = null;
            timeStart = trimStart(line, starts[columns[0]], ends[columns[0]]);
            timeEnd = trimEnd(line, starts[columns[0]], ends[columns[0]]);
            source = AddressBook.parse(line, trimStart(line, starts[columns[1]], ends[columns[1]]),
                    trimEnd(line, starts[columns[1]], ends[columns[1]]));
            destination = AddressBook.parse(line, trimStart(line, starts[columns[2]], ends[columns[2]]),
                    trimEnd(line, starts[columns[2]], ends[columns[2]]));
            port = number(line, starts[columns[3]], ends[columns[3]]);
            allowed = allowedAction(line, starts[columns[4]], ends[columns[4]]);
            return source >= 0 && destination >= 0 && port >= 0;
        }

        boolean fortigate(String line) {
            var date = value(line, "date=");
            var clock = value(line, "time=");
            timeText = date == null ? "" : clock == null ? date : date + " " + clock;
            var src = value(line, "srcip=");
            var dst = value(line, "dstip=");
            var p = value(line, "dstport=");
            var action = value(line, "action=");
            if (src == null || dst == null || p == null) {
                return false;
            }
            source = AddressBook.parse(src);
            destination = AddressBook.parse(dst);
            port = number(p, 0, p.length());
            allowed = action == null || allowedAction(action, 0, action.length());
            return source >= 0 && destination >= 0 && port >= 0;
        }

        String time() {
            if (timeText == null) {
                timeText = line.substring(timeStart, timeEnd);
            }
            return timeText;
        }

        boolean timeBefore(String other) {
            return compareTime(other) < 0;
        }

        boolean timeAfter(String other) {
            return compareTime(other) > 0;
        }

        private int compareTime(String other) {
            if (timeText != null) {
                return timeText.compareTo(other);
            }
            int n = Math.min(timeEnd - timeStart, other.length());
            for (int i = 0; i < n; i++) {
                int d = line.charAt(timeStart + i) - other.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return (timeEnd - timeStart) - other.length();
        }

        private static String value(String line, String key) {
            int at = line.indexOf(key);
            while (at > 0 && line.charAt(at - 1) != ' ') {
                at = line.indexOf(key, at + 1);
            }
            if (at < 0) {
                return null;
            }
            int start = at + key.length();
            if (start < line.length() && line.charAt(start) == '"') {
                int end = line.indexOf('"', start + 1);
                return line.substring(start + 1, end < 0 ? line.length() : end);
            }
            int end = line.indexOf(' ', start);
            return line.substring(start, end < 0 ? line.length() : end);
        }

        private static boolean allowedAction(CharSequence s, int start, int end) {
            int a = trimStart(s, start, end);
            int b = trimEnd(s, start, end);
            if (a < b && s.charAt(a) == '"') {
                a++;
                b--;
            }
            var word = s.subSequence(a, Math.max(a, b)).toString().toLowerCase(Locale.ROOT);
            return switch (word) {
                case "deny", "denied", "drop", "dropped", "block", "blocked", "reject", "rejected", "拒否", "破棄" -> false;
                default -> true;
            };
        }


        private static int number(CharSequence s, int start, int end) {
            int a = trimStart(s, start, end);
            int b = trimEnd(s, start, end);
            if (a >= b || b - a > 5) {
                return -1;
            }
            int v = 0;
            for (int i = a; i < b; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v > 65535 ? -1 : v;
        }

        private static int trimStart(CharSequence s, int start, int end) {
            while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '"')) {
                start++;
            }
            return start;
        }

        private static int trimEnd(CharSequence s, int start, int end) {
            while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '"')) {
                end--;
            }
            return end;
        }
    }
}
