package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Safe rendering of policy text and its clause anchors, without Spring. */
class PolicyTextTests {

    private static final String SEED = PolicyDemo.text("kumenan-basic-policy.md");

    @Test
    void theSeedsClausesGetTheAnchorsOtherRecordsCite() {
        var page = Jsoup.parse(PolicyText.html(SEED));
        assertThat(page.getElementById("clause-3")).isNotNull();
        assertThat(page.getElementById("clause-3").text()).isEqualTo("3. 対象とする脅威");
        assertThat(page.getElementById("clause-2-12").text()).isEqualTo("(12) 無害化通信");
        assertThat(page.getElementById("clause-6-2-2").text()).startsWith("② LGWAN 接続系においては");
        assertThat(page.getElementById("clause-4-2-3").text()).startsWith("③ 情報システムの仕様書");
        assertThat(page.getElementById("clause-3-5").text()).startsWith("⑤ 電力供給の途絶");
        assertThat(page.getElementById("clause-10").text()).isEqualTo("10. 情報セキュリティ実施手順の策定");
    }

    @Test
    void theSeedsTwoClausesNumberedSixOneGetDistinctAnchors() {
        var page = Jsoup.parse(PolicyText.html(SEED));
        // the seed numbers 組織体制 and 情報資産の分類と管理 both (1); the second is cited as 6(1)b
        assertThat(page.getElementById("clause-6-1").text()).isEqualTo("(1) 組織体制");
        assertThat(page.getElementById("clause-6-1b").text()).isEqualTo("(1) 情報資産の分類と管理");
        var ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(40);
    }

    @Test
    void rawHtmlScriptsJavascriptUrlsAndEventHandlersAreGone() {
        var html = PolicyText.html("""
                ## 1. 目的 <script>alert(1)</script>

                <img src=x onerror="alert(2)"> <b onclick="alert(3)">太字</b>

                [リンク](javascript:alert(4)) [正しいリンク](https://www.town.kumenan.lg.jp/) [節](#clause-1)

                <a href="javascript:alert(5)" onmouseover="alert(6)">x</a>
                """);
        var page = Jsoup.parse(html);
        assertThat(page.select("script, img, b")).isEmpty();
        for (var element : page.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript");
            }
        }
        assertThat(page.select("a[href]").eachAttr("href")).containsExactly("https://www.town.kumenan.lg.jp/",
                "#clause-1");
        // the raw HTML shows as text, so a reader sees what the author typed
        assertThat(page.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void tablesAndNumberedListsRender() {
        var page = Jsoup.parse(PolicyText.html("""
                ## 5. 記録

                | 項目 | 保存期間 |
                |---|---|
                | 作業記録 | 5年 |

                1. 確認する
                2. 記録する
                """));
        assertThat(page.select("table th")).hasSize(2);
        assertThat(page.getElementById("clause-5-2").text()).isEqualTo("記録する");
    }
}
