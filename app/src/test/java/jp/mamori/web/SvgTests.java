package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared SVG drawing: width estimates, wrapping that keeps every character, escaping and a scalable document. */
class SvgTests {

    @Test
    void fullWidthCharactersCountAsOneEmAndAsciiAsAboutHalf() {
        assertThat(Svg.textWidth("情報", 10)).isEqualTo(20.0);
        assertThat(Svg.textWidth("CISO", 10)).isEqualTo(22.0);
        assertThat(Svg.textWidth("（—）", 10)).as("full-width brackets and the em dash").isEqualTo(30.0);
        assertThat(Svg.textWidth("ｱｲ", 10)).as("half-width katakana").isEqualTo(11.0);
    }

    @Test
    void wrapsARoleNameIntoLinesWithinTheWidthKeepingEveryCharacter() {
        var lines = Svg.wrap("最高情報セキュリティ責任者（CISO）", 164, 12);

        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("最高情報セキュリティ責任者（CISO）");
        assertThat(lines).allSatisfy(line -> assertThat(Svg.textWidth(line, 12)).isLessThanOrEqualTo(164));
        assertThat(lines.get(0)).as("an opening bracket goes with what it opens").doesNotEndWith("（");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        var lines = Svg.wrap("情報資産の管理。", 7 * 12, 12);

        assertThat(lines).containsExactly("情報資産の管理。");
    }

    @Test
    void latinWordsBreakAtSpacesAndOnlyAWordLongerThanALineIsSplit() {
        assertThat(Svg.wrap("Chief Information Security Officer", 100, 12))
                .containsExactly("Chief", "Information", "Security", "Officer");
        var split = Svg.wrap("Supercalifragilisticexpialidocious", 60, 12);
        assertThat(split).hasSizeGreaterThan(1);
        assertThat(String.join("", split)).isEqualTo("Supercalifragilisticexpialidocious");
        assertThat(Svg.wrap("", 100, 12)).containsExactly("");
    }

    @Test
    void aDocumentScalesToItsContainerAndNamesItselfForScreenReaders() {
        var document = Svg.drawing()
                .box(10, 10, 100, 40, 5, "#f6f8fa", "#0b5394", 1)
                .lines(18, 27, java.util.List.of("<課>", "A&B"), 16, Svg.Font.of(12, "#1f2328").inBold())
                .arrow(0, 0, 50, 0, "#57606a")
                .document(320, 200.25, "体制図 \"2026\"", "説明");

        assertThat(document).startsWith("<?xml")
                .contains("width=\"100%\"").contains("viewBox=\"0 0 320 200.3\"")
                .contains("<title id=\"chart-title\">体制図 &quot;2026&quot;</title>")
                .contains("<desc id=\"chart-desc\">説明</desc>").contains("aria-labelledby=\"chart-title chart-desc\"")
                .contains("<tspan x=\"18\" dy=\"0\">&lt;課&gt;</tspan><tspan x=\"18\" dy=\"16\">A&amp;B</tspan>")
                .contains("font-weight=\"bold\"").contains("<polygon points=\"50,0 ")
                .doesNotContain("style=").doesNotContain("<課>");
    }

    @Test
    void gridCellsSitInRowsAndColumnsWithTheirGaps() {
        var grid = new Svg.Grid(20, 10, 40, 30, 4);
        var inline = Svg.drawing().cell(grid, 2, 1, "#b42318", "9", Svg.Font.of(12, "#ffffff"), "影響 大 × 可能性 中")
                .inline("heat", 200, 100, "ヒートマップ", "");

        assertThat(grid.cellX(2)).isEqualTo(108);
        assertThat(grid.cellY(1)).isEqualTo(44);
        assertThat(grid.width(3)).isEqualTo(128);
        assertThat(inline).doesNotStartWith("<?xml").contains("aria-labelledby=\"chart-title-heat\"").doesNotContain("<desc")
                .contains("<rect x=\"108\" y=\"44\" width=\"40\" height=\"30\" fill=\"#b42318\"><title>影響 大 × 可能性 中</title>")
                .contains("text-anchor=\"middle\">9</text>");
    }
}
