package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.tenant.Tenants;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The published policy pages in a real headless Chromium, checked by axe-core against WCAG 2.1 A and AA (the
 * level JIS X 8341-3:2016 AA asks for), in Japanese and in English; and what a resident sees without signing in.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mamori.demo=true", "mamori.test.context=policy-public-browser"})
class PublicPolicyAccessibilityTests {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theListAndTheBasicPolicyHaveNoAccessibilityViolationsInJapaneseAndEnglish() {
        var basic = new PolicyFixture(tenants, jdbc).document(PolicyDemo.BASIC_POLICY_TITLE);
        for (var language : List.of("ja", "en")) {
            open("/public/336661/policies?lang=" + language);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertNoViolations();
            browser.findElement(By.linkText(PolicyDemo.BASIC_POLICY_TITLE)).click();
            assertThat(browser.getCurrentUrl()).endsWith("/public/336661/policies/" + basic);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(PolicyDemo.BASIC_POLICY_TITLE);
            assertThat(browser.findElements(By.cssSelector("table.history tbody tr"))).hasSize(4);
            assertThat(browser.findElement(By.id("clause-6-2-2")).getText()).startsWith("② LGWAN 接続系");
            assertNoViolations();
        }
    }

    @Test
    void aClauseAnchorScrollsToTheClause() {
        var basic = new PolicyFixture(tenants, jdbc).document(PolicyDemo.BASIC_POLICY_TITLE);
        open("/public/336661/policies/" + basic + "#clause-6-1b");
        var target = browser.findElement(By.cssSelector(":target"));
        assertThat(target.getText()).isEqualTo("(1) 情報資産の分類と管理");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void assertNoViolations() {
        var results = new AxeBuilder().withTags(TAGS).analyze(browser);
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        var text = new StringBuilder();
        for (var rule : violations) {
            text.append(rule.getId()).append(": ").append(rule.getHelp()).append('\n');
            rule.getNodes().forEach(node -> text.append("  ").append(node.getHtml()).append('\n'));
        }
        return text.toString();
    }
}
