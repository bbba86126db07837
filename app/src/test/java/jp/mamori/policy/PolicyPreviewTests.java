package jp.mamori.policy;

import static jp.mamori.policy.PolicyFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.Tenants;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The live preview of the revision form: the text as readers will see it, through the same safe pipeline, only for
 * those who may draft, only with the CSRF token, and only up to the size a revision may hold.
 */
@DatabaseTest
@SpringBootTest(properties = {"mamori.demo=true", "mamori.test.context=policy-preview"})
@AutoConfigureMockMvc
class PolicyPreviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    PolicyFixture town;
    UUID basic;
    CurrentUser author;
    CurrentUser reader;

    @BeforeEach
    void setUp() {
        town = new PolicyFixture(tenants, jdbc);
        basic = town.document(PolicyDemo.BASIC_POLICY_TITLE);
        author = town.with("1003", "起案 太郎", Permission.POLICY_EDIT);
        reader = town.with("1003", "閲覧 次郎");
    }

    @Test
    void thePreviewRendersTheMarkdownSafelyWithClauseAnchors() throws Exception {
        var markdown = """
                ## 6. 情報セキュリティ対策

                ### (2) 物理的セキュリティ

                - ① 管理区域を定める。
                - ② [危ないリンク](javascript:alert(1)) と <script>alert(2)</script> と <b onclick="x()">太字</b>

                [規程](https://example.jp/kitei)
                """;
        var html = mvc.perform(post("/policies/preview").with(as(author)).with(csrf()).param("body", markdown)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var fragment = Jsoup.parseBodyFragment(html);
        assertThat(fragment.select("h3#clause-6-2").text()).isEqualTo("(2) 物理的セキュリティ");
        assertThat(fragment.select("li#clause-6-2-2")).hasSize(1);
        assertThat(fragment.select("script")).isEmpty();
        assertThat(fragment.select("[onclick]")).isEmpty();
        assertThat(html).doesNotContain("javascript:").doesNotContain("<script");
        assertThat(fragment.select("a[href=https://example.jp/kitei]").text()).isEqualTo("規程");
        // a fragment for htmx, not a whole page
        assertThat(html).doesNotContain("<html").doesNotContain("<header");
    }

    @Test
    void thePreviewNeedsPolicyEdit() throws Exception {
        mvc.perform(post("/policies/preview").with(as(reader)).with(csrf()).param("body", "## 1. 目的\n"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePreviewNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/policies/preview").with(as(author)).param("body", "## 1. 目的\n"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTextLongerThanARevisionMayHoldIsRefusedWithAMessage() throws Exception {
        var tooLong = "あ".repeat(Revision.MAX_BODY + 1);
        var html = mvc.perform(post("/policies/preview").with(as(author)).with(csrf()).param("body", tooLong))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parseBodyFragment(html).select("[role=alert]").text()).contains("長すぎる").contains("500,000");
        assertThat(html).doesNotContain("あああ");

        var english = mvc.perform(post("/policies/preview").with(as(author)).with(csrf()).param("body", tooLong)
                        .param("lang", "en"))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("too long to preview");

        mvc.perform(post("/policies/preview").with(as(author)).with(csrf())
                        .param("body", "あ".repeat(Revision.MAX_BODY)))
                .andExpect(status().isOk());
    }

    @Test
    void theRevisionFormOffersThePreviewThroughHtmx() throws Exception {
        var html = mvc.perform(get("/policies/" + basic + "/revisions/new").with(as(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        var button = page.selectFirst("button[hx-post=/policies/preview]");
        assertThat(button).isNotNull();
        assertThat(button.attr("type")).isEqualTo("button"); // without JavaScript it neither submits nor breaks the form
        assertThat(button.attr("hx-include")).isEqualTo("#body");
        assertThat(page.select(button.attr("hx-target"))).hasSize(1);
        // the form carries the token that htmx sends along with the textarea
        assertThat(button.closest("form").select("input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("textarea#body").attr("maxlength")).isEqualTo(String.valueOf(Revision.MAX_BODY));
    }
}
