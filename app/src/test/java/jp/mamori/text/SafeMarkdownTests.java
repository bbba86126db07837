package jp.mamori.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;

/** The one safe Markdown renderer every module's free text goes through. */
class SafeMarkdownTests {

    @Test
    void rendersStructureAndTables() {
        var html = SafeMarkdown.html("""
                # 見出し

                - **強調** と [リンク](https://example.jp/)

                | 項目 | 値 |
                |---|---|
                | 機密性 | 3B |
                """);
        assertThat(html).contains("<h1>見出し</h1>", "<strong>強調</strong>", "href=\"https://example.jp/\"",
                "<table>", "<td>3B</td>");
    }

    @Test
    void escapesRawHtmlAndDropsScriptsHandlersImagesAndUnsafeLinks() {
        var html = SafeMarkdown.html("""
                <script>alert(1)</script>

                [押す](javascript:alert(1)) ![画像](https://evil.example/x.png)

                <a href="https://example.jp" onclick="alert(1)">a</a>
                """);
        assertThat(html).doesNotContain("<script", "javascript:", "<img").doesNotContainPattern("<[^>]*onclick");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void keepsTheCallersIdsOnHeadingsButCleansEverythingElseTheyAdd() {
        var document = SafeMarkdown.parse("# 第1条\n\n本文");
        var html = SafeMarkdown.html(document, context -> (node, tag, attributes) -> {
            attributes.put(node instanceof Heading ? "id" : "onmouseover", "clause-1");
        });
        assertThat(html).contains("<h1 id=\"clause-1\">").doesNotContain("onmouseover");
    }

    @Test
    void nullReadsAsEmpty() {
        assertThat(SafeMarkdown.html(null)).isEmpty();
        assertThat(SafeMarkdown.sanitise(null)).isEmpty();
    }
}
