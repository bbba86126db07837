package jp.mamori.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.text.SafeMarkdown;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.commonmark.node.Heading;

/**
 * A side-by-side comparison of two texts of a document, clause by clause: both texts are split at their headings,
 * clauses are paired by their anchor ({@code clause-6-2}), and inside a changed clause the lines are compared, with
 * the changed characters marked (character-wise, because Japanese has no spaces between words). Clauses only in the
 * newer text are added, only in the older removed. Stateless; thread-safe.
 */
final class ClauseComparison {

    enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /**
     * One row of a changed clause, as sanitised HTML for each side.
     *
     * @param tag EQUAL, INSERT, DELETE or CHANGE
     */
    record Line(String older, String newer, String tag) {
    }

    /** One clause of either text: its anchor, label («6(2)»), heading on each side and changed lines. */
    record ClauseChange(String anchor, String label, String olderHeading, String newerHeading, Change change,
            List<Line> lines) {
        public boolean changed() {
            return change != Change.UNCHANGED;
        }
    }

    /** A clause cut from a text: its anchor, label, heading line and the lines below it. */
    private record Clause(String anchor, String label, String heading, List<String> lines) {
    }

    private static final String PREAMBLE = "preamble";

    private ClauseComparison() {
    }

    static List<ClauseChange> compare(String older, String newer) {
        var before = clauses(older);
        var after = clauses(newer);
        var result = new ArrayList<ClauseChange>();
        var olderKeys = new ArrayList<>(before.keySet());
        int nextOlder = 0;
        for (var clause : after.values()) {
            var previous = before.get(clause.anchor());
            if (previous != null) {
                // clauses removed before this one in the older text come first, in their own order
                int at = olderKeys.indexOf(clause.anchor());
                for (; nextOlder < at; nextOlder++) {
                    var gone = before.get(olderKeys.get(nextOlder));
                    if (!after.containsKey(gone.anchor())) {
                        result.add(removed(gone));
                    }
                }
                nextOlder = Math.max(nextOlder, at + 1);
                result.add(paired(previous, clause));
            } else {
                result.add(new ClauseChange(clause.anchor(), clause.label(), null, clause.heading(), Change.ADDED,
                        lines(List.of(), all(clause))));
            }
        }
        for (; nextOlder < olderKeys.size(); nextOlder++) {
            var gone = before.get(olderKeys.get(nextOlder));
            if (!after.containsKey(gone.anchor())) {
                result.add(removed(gone));
            }
        }
        return result;
    }

    private static ClauseChange removed(Clause gone) {
        return new ClauseChange(gone.anchor(), gone.label(), gone.heading(), null, Change.REMOVED,
                lines(all(gone), List.of()));
    }

    private static ClauseChange paired(Clause older, Clause newer) {
        var a = all(older);
        var b = all(newer);
        if (a.equals(b)) {
            return new ClauseChange(newer.anchor(), newer.label(), older.heading(), newer.heading(), Change.UNCHANGED,
                    List.of());
        }
        return new ClauseChange(newer.anchor(), newer.label(), older.heading(), newer.heading(), Change.CHANGED,
                lines(a, b));
    }

    private static List<String> all(Clause clause) {
        var all = new ArrayList<String>();
        if (clause.heading() != null) {
            all.add(clause.heading());
        }
        all.addAll(clause.lines());
        return all;
    }

    private static List<Line> lines(List<String> older, List<String> newer) {
        var generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffBySplitter(DiffRowGenerator.SPLITTER_BY_CHARACTER)
                .mergeOriginalRevised(false)
                // the default line normaliser escapes <, > and & before the tags are added
                .oldTag(open -> open ? "<del>" : "</del>")
                .newTag(open -> open ? "<ins>" : "</ins>")
                .build();
        var rows = new ArrayList<Line>();
        for (DiffRow row : generator.generateDiffRows(older, newer)) {
            rows.add(new Line(SafeMarkdown.sanitise(row.getOldLine()), SafeMarkdown.sanitise(row.getNewLine()),
                    row.getTag().name()));
        }
        return rows;
    }

    /** The text's clauses by anchor, in text order; the text before the first heading is the preamble. */
    private static Map<String, Clause> clauses(String markdown) {
        var text = markdown == null ? "" : markdown;
        var sourceLines = Arrays.asList(text.split("\n", -1));
        var document = SafeMarkdown.parse(text);
        var numbering = ClauseNumbering.of(document);
        var starts = new ArrayList<int[]>();
        var found = new ArrayList<Clause>();
        for (var block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && !heading.getSourceSpans().isEmpty()) {
                var clause = numbering.clauseOf(heading);
                starts.add(new int[] {heading.getSourceSpans().get(0).getLineIndex()});
                found.add(new Clause(clause.anchor(), clause.label(), ClauseNumbering.textOf(heading), List.of()));
            }
        }
        var clauses = new LinkedHashMap<String, Clause>();
        int firstHeading = starts.isEmpty() ? sourceLines.size() : starts.get(0)[0];
        var preamble = nonBlank(sourceLines.subList(0, firstHeading));
        if (!preamble.isEmpty()) {
            clauses.put(PREAMBLE, new Clause(PREAMBLE, "", null, preamble));
        }
        for (int i = 0; i < found.size(); i++) {
            int from = starts.get(i)[0] + 1;
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : sourceLines.size();
            var clause = found.get(i);
            clauses.put(clause.anchor(), new Clause(clause.anchor(), clause.label(), clause.heading(),
                    nonBlank(sourceLines.subList(Math.min(from, to), to))));
        }
        return clauses;
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
