package jp.mamori.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Gives headings and numbered list items of a parsed policy text their clause anchors, as the product cites clauses:
 * seed clause 6(2)② is {@code clause-6-2-2}, clause 3 {@code clause-3}, 2(12) {@code clause-2-12}.
 *
 * <p>A heading that starts with an absolute number («6.», «1.2», «第3章») names its clause outright; one that starts
 * with a relative number («(2)», «②») extends the clause of the nearest heading above it of a higher level. List
 * items that start with a circled number, and items of ordered lists, extend the clause they stand in. When a number
 * repeats (the seed numbers two items of clause 6 as (1)), the second anchor gets the suffix {@code b} — «6(1)b» —
 * the third {@code c}, so every id on the page is unique. Headings without a number get {@code section-n}.
 *
 * <p>One instance per text; not thread-safe.
 */
final class ClauseNumbering {

    private static final Pattern ABSOLUTE = Pattern.compile("^\\s*(?:第\\s*([0-9０-９]+)\\s*[章条節]|([0-9０-９]+(?:[.．][0-9０-９]+)*)[.．]?(?=[\\s　]|$))");
    private static final Pattern RELATIVE = Pattern.compile("^\\s*[(（]\\s*([0-9０-９]+)\\s*[)）]");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /** One clause found in the text: its anchor, the label people cite («6(2)②») and its heading level (0 for items). */
    record Clause(String anchor, String label, int level) {
    }

    private final Map<Node, Clause> clauses = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();
    private int unnumbered;

    private ClauseNumbering() {
    }

    /** Numbers the clauses of a parsed document. */
    static ClauseNumbering of(Node document) {
        var numbering = new ClauseNumbering();
        numbering.walk(document);
        return numbering;
    }

    /** The clause of a heading or list item, or null for other nodes and unnumbered list items. */
    Clause clauseOf(Node node) {
        return clauses.get(node);
    }

    /** A heading's or paragraph's plain text. */
    static String textOf(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }

    private void walk(Node document) {
        // headings open clauses; a stack of (level, path, label) tells what a relative number extends
        Deque<Object[]> open = new ArrayDeque<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                while (!open.isEmpty() && (int) open.peek()[0] >= heading.getLevel()) {
                    open.pop();
                }
                var parent = open.peek();
                var numbered = number(textOf(heading), parent == null ? null : (List<String>) cast(parent[1]),
                        parent == null ? "" : (String) parent[2]);
                Clause clause;
                if (numbered == null) {
                    clause = new Clause(unique("section-" + (++unnumbered)), null, heading.getLevel());
                    open.push(new Object[] {heading.getLevel(), parent == null ? List.of() : parent[1],
                        parent == null ? "" : parent[2], clause});
                } else {
                    clause = suffixed("clause-" + String.join("-", numbered.path), numbered.label, heading.getLevel());
                    open.push(new Object[] {heading.getLevel(), numbered.path, clause.label(), clause});
                }
                clauses.put(heading, clause);
            } else {
                var parent = open.peek();
                items(block, parent == null ? List.of() : cast(parent[1]), parent == null ? "" : (String) parent[2]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object path) {
        return (List<String>) path;
    }

    /** Numbers list items inside a block (nested lists extend the item they stand in). */
    private void items(Node block, List<String> path, String label) {
        if (!(block instanceof org.commonmark.node.ListBlock)) {
            return;
        }
        int position = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = block.getFirstChild(); item != null; item = item.getNext(), position++) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String number = null;
            String itemLabel = null;
            var first = item.getFirstChild();
            var text = first instanceof Paragraph ? textOf(first).strip() : "";
            if (!text.isEmpty() && CIRCLED.indexOf(text.charAt(0)) >= 0) {
                number = Integer.toString(CIRCLED.indexOf(text.charAt(0)) + 1);
                itemLabel = label + text.charAt(0);
            } else if (block instanceof OrderedList) {
                number = Integer.toString(position);
                itemLabel = label + "-" + position;
            }
            List<String> itemPath = path;
            String nextLabel = label;
            if (number != null && !path.isEmpty()) {
                itemPath = new ArrayList<>(path);
                itemPath.add(number);
                var clause = suffixed("clause-" + String.join("-", itemPath), itemLabel, 0);
                clauses.put(item, clause);
                nextLabel = clause.label();
            }
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                items(child, itemPath, nextLabel);
            }
        }
    }

    private record Numbered(List<String> path, String label) {
    }

    /** The clause path of a heading's text, or null when it carries no number. */
    private static Numbered number(String text, List<String> parentPath, String parentLabel) {
        var absolute = ABSOLUTE.matcher(text);
        if (absolute.find()) {
            var digits = absolute.group(1) != null ? absolute.group(1) : absolute.group(2);
            var path = new ArrayList<String>();
            for (var part : ascii(digits).split("\\.")) {
                path.add(Integer.toString(Integer.parseInt(part)));
            }
            return new Numbered(path, String.join(".", path));
        }
        if (parentPath == null || parentPath.isEmpty()) {
            return null;
        }
        var relative = RELATIVE.matcher(text);
        if (relative.find()) {
            var n = Integer.toString(Integer.parseInt(ascii(relative.group(1))));
            var path = new ArrayList<>(parentPath);
            path.add(n);
            return new Numbered(path, parentLabel + "(" + n + ")");
        }
        var stripped = text.strip();
        if (!stripped.isEmpty() && CIRCLED.indexOf(stripped.charAt(0)) >= 0) {
            var path = new ArrayList<>(parentPath);
            path.add(Integer.toString(CIRCLED.indexOf(stripped.charAt(0)) + 1));
            return new Numbered(path, parentLabel + stripped.charAt(0));
        }
        return null;
    }

    private static String ascii(String digits) {
        var out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '．' ? '.' : c);
        }
        return out.toString();
    }

    /** A clause whose anchor is unique; a repeated number's suffix goes into its label too («6(1)b»). */
    private Clause suffixed(String anchor, String label, int level) {
        var unique = unique(anchor);
        return new Clause(unique, label + unique.substring(anchor.length()), level);
    }

    /** The anchor, or with suffix b, c, … when it was given before (the seed's two 6(1)). */
    private String unique(String anchor) {
        if (used.add(anchor)) {
            return anchor;
        }
        for (char suffix = 'b'; ; suffix++) {
            var candidate = anchor + suffix;
            if (suffix > 'z') {
                candidate = anchor + "-" + used.size();
            }
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }
}
