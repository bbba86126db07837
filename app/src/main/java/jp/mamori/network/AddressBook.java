package jp.mamori.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Which segment (and which system) an IPv4 address belongs to: systems by their one address, segments by the
 * longest matching range of their addresses. Built once per check; lookups allocate nothing (an open-addressing
 * table per prefix length), for the flow-log comparison's millions of lines. Immutable after construction and
 * thread-safe.
 */
final class AddressBook {

    /** Nothing found. */
    static final int NONE = -1;

    private final List<Segment> segments;
    private final List<InformationSystem> systems;
    /** Prefix lengths in use, longest first. */
    private final int[] prefixes;
    private final LongIntTable[] bySegmentPrefix = new LongIntTable[33];
    private final LongIntTable byHost;

    AddressBook(List<Segment> segments, List<InformationSystem> systems) {
        this.segments = List.copyOf(segments);
        this.systems = List.copyOf(systems);
        var used = new boolean[33];
        for (int i = 0; i < segments.size(); i++) {
            for (var range : segments.get(i).addresses().split("[,\\s]+")) {
                if (range.isEmpty()) {
                    continue;
                }
                int slash = range.indexOf('/');
                long address = parse(slash < 0 ? range : range.substring(0, slash));
                int prefix = slash < 0 ? 32 : parsePrefix(range.substring(slash + 1));
                if (address < 0 || prefix < 0) {
                    continue;
                }
                if (bySegmentPrefix[prefix] == null) {
                    bySegmentPrefix[prefix] = new LongIntTable(16);
                }
                bySegmentPrefix[prefix].putIfAbsent(address & mask(prefix), i);
                used[prefix] = true;
            }
        }
        var list = new ArrayList<Integer>();
        for (int p = 32; p >= 0; p--) {
            if (used[p]) {
                list.add(p);
            }
        }
        prefixes = list.stream().mapToInt(Integer::intValue).toArray();
        byHost = new LongIntTable(Math.max(16, systems.size() * 2));
        for (int i = 0; i < systems.size(); i++) {
            long address = parse(systems.get(i).address());
            if (address >= 0) {
                byHost.putIfAbsent(address, i);
            }
        }
    }

    List<Segment> segments() {
        return segments;
    }

    List<InformationSystem> systems() {
        return systems;
    }

    /** The index of the segment holding the address, or {@link #NONE}. */
    int segmentOf(long address) {
        if (address < 0) {
            return NONE;
        }
        for (int p : prefixes) {
            int found = bySegmentPrefix[p].get(address & mask(p));
            if (found != NONE) {
                return found;
            }
        }
        return NONE;
    }

    /** The index of the system with exactly this address, or {@link #NONE}. */
    int systemOf(long address) {
        return address < 0 ? NONE : byHost.get(address);
    }

    UUID segmentId(int index) {
        return segments.get(index).id();
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static int parsePrefix(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            return p < 0 || p > 32 ? -1 : p;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An IPv4 address as an unsigned 32-bit number, or -1 when the text is none. */
    static long parse(CharSequence text) {
        return parse(text, 0, text == null ? 0 : text.length());
    }

    static long parse(CharSequence text, int start, int end) {
        if (text == null || start >= end) {
            return -1;
        }
        long value = 0;
        int part = 0;
        int digits = 0;
        int dots = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                part = part * 10 + (c - '0');
                if (++digits > 3 || part > 255) {
                    return -1;
                }
            } else if (c == '.') {
                if (digits == 0 || ++dots > 3) {
                    return -1;
                }
                value = value << 8 | part;
                part = 0;
                digits = 0;
            } else {
                return -1;
            }
        }
        if (dots != 3 || digits == 0) {
            return -1;
        }
        return value << 8 | part;
    }

    /** A small map from non-negative long keys to int values, {@link #NONE} when absent; open addressing. */
    static final class LongIntTable {
        private long[] keys;
        private int[] values;
        private int size;

        LongIntTable(int capacity) {
            int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
            keys = new long[n];
            values = new int[n];
            Arrays.fill(keys, -1);
        }

        int get(long key) {
            int m = keys.length - 1;
            int i = hash(key) & m;
            while (true) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == -1) {
                    return NONE;
                }
                i = (i + 1) & m;
            }
        }

        void putIfAbsent(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int m = keys.length - 1;
            int i = hash(key) & m;
            while (keys[i] != -1) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & m;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            var oldKeys = keys;
            var oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
