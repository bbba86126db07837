package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Clause-by-clause comparison: pairing by anchor, added and removed clauses, marked changes, escaped text. */
class ClauseComparisonTests {

    @Test
    void pairsClausesByAnchorAndMarksWhatChangedInside() {
        var older = "## 1. 目的\n\n本町の情報資産を守る。\n\n## 2. 定義\n\n### (1) 網\n\n通信網をいう。\n\n## 3. 削る条\n\n消える。\n";
        var newer = "## 1. 目的\n\n本町の情報資産を守る。\n\n## 2. 定義\n\n### (1) 網\n\n通信網及び機器をいう。\n\n### (2) 新語\n\n新しい。\n";
        var clauses = ClauseComparison.compare(older, newer);
        assertThat(clauses).extracting(c -> c.anchor() + " " + c.change()).containsExactly("clause-1 UNCHANGED",
                "clause-2 UNCHANGED", "clause-2-1 CHANGED", "clause-2-2 ADDED", "clause-3 REMOVED");
        var changed = clauses.get(2);
        assertThat(changed.label()).isEqualTo("2(1)");
        var row = changed.lines().stream().filter(l -> l.tag().equals("CHANGE")).findFirst().orElseThrow();
        assertThat(Jsoup.parse(row.newer()).select("ins").text()).isEqualTo("及び機器");
    }

    @Test
    void markupInTheTextStaysText() {
        var clauses = ClauseComparison.compare("## 1. 目的\n\n古い\n", "## 1. 目的\n\n<script>alert(1)</script>\n");
        var line = clauses.get(0).lines().stream().filter(l -> !l.tag().equals("EQUAL")).findFirst().orElseThrow();
        assertThat(Jsoup.parse(line.newer()).select("script")).isEmpty();
        assertThat(Jsoup.parse(line.newer()).text()).contains("<script>alert(1)</script>");
    }

    @Test
    void theSeedAgainstItselfHasNoChange() {
        var seed = PolicyDemo.text("kumenan-basic-policy.md");
        var clauses = ClauseComparison.compare(seed, seed);
        assertThat(clauses).hasSizeGreaterThan(30).noneMatch(ClauseComparison.ClauseChange::changed);
        assertThat(clauses).extracting(ClauseComparison.ClauseChange::anchor).contains("clause-6-1", "clause-6-1b")
                .doesNotHaveDuplicates();
    }
}
