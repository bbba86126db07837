package jp.mamori.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The ports a flow allows: {@code any}, or a list of ports and ranges such as {@code 25,587} or {@code 3389} or
 * {@code 1024-2048}. Immutable; {@link #allows} needs no allocation, for the flow-log comparison.
 */
record Ports(String text, int[] from, int[] to) {

    static final Ports ANY = new Ports("any", new int[0], new int[0]);

    /** Reads a port list; throws {@link IllegalArgumentException} with the offending part when it is not one. */
    static Ports parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("any") || text.strip().equals("*")
                || text.strip().equals("全て")) {
            return ANY;
        }
        var from = new ArrayList<Integer>();
        var to = new ArrayList<Integer>();
        for (var part : text.split("[,、\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            int a = port(dash < 0 ? part : part.substring(0, dash), part);
            int b = dash < 0 ? a : port(part.substring(dash + 1), part);
            if (b < a) {
                throw new IllegalArgumentException(part);
            }
            from.add(a);
            to.add(b);
        }
        if (from.isEmpty()) {
            return ANY;
        }
        var normal = new StringBuilder();
        for (int i = 0; i < from.size(); i++) {
            normal.append(i == 0 ? "" : ",").append(from.get(i)).append(from.get(i).equals(to.get(i)) ? "" : "-" + to.get(i));
        }
        return new Ports(normal.toString(), from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int port(String digits, String part) {
        try {
            int p = Integer.parseInt(digits.strip());
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException(part);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(part);
        }
    }

    boolean any() {
        return from.length == 0;
    }

    /** Restricted: specific ports, none of them a range wider than 16 ports. */
    boolean restricted() {
        if (any()) {
            return false;
        }
        for (int i = 0; i < from.length; i++) {
            if (to[i] - from[i] > 15) {
                return false;
            }
        }
        return true;
    }

    boolean allows(int port) {
        if (from.length == 0) {
            return true;
        }
        for (int i = 0; i < from.length; i++) {
            if (port >= from[i] && port <= to[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ports p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    List<String> parts() {
        return List.of(text.split(","));
    }
}
