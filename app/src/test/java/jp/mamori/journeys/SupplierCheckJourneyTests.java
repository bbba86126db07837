package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A contractor's periodic check end to end in headless Chromium on the demo town: the 統括情報セキュリティ責任者
 * opens the contract with the vendor of the standardised core systems, sees the web-site contract's missing clause
 * as a finding, issues the link for the vendor's check; the vendor, with no account, opens the link in a second
 * browser and answers; the link then opens nothing; the answer shows on the contract.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "mamori.demo=true")
class SupplierCheckJourneyTests {

    private static final String PASSWORD = "倭文川の土手に菜の花が咲く春の委託先点検";
    private static final JourneyServer SERVER = new JourneyServer();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SERVER.register(registry);
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Autowired
    List<Command> commands;
    @Autowired
    JdbcClient jdbc;

    WebDriver officer;
    WebDriver contractor;

    @AfterEach
    void quit() {
        if (officer != null) {
            officer.quit();
        }
        if (contractor != null) {
            contractor.quit();
        }
    }

    @Test
    void aContractorAnswersAPeriodicCheckThroughItsLinkWithoutAnAccountAndTheAnswerShowsOnTheContract() {
        officer = Browser.start();
        SERVER.firstAdministrator(officer, commands, JourneySteps.demoOfficerNumber(jdbc), "soumu.kacho", PASSWORD);

        // 1. The contracts register: the web-site contract lacks the right-to-audit clause, shown as a finding.
        officer.get(SERVER.url("/suppliers/contracts?only=findings"));
        assertThat(officer.findElement(By.id("register")).getText()).contains("ホームページ保守業務委託");
        Browser.clickAndWait(officer, By.partialLinkText("ホームページ保守業務委託"));
        assertThat(officer.findElement(By.cssSelector("#findings li[data-rule='supplier.CONTRACT_CLAUSE_MISSING']"))
                .getText()).contains("セキュリティ条項が 1 件欠けています");
        assertThat(officer.findElement(By.cssSelector("#clauses li[data-clause='RIGHT_TO_AUDIT']")).getText())
                .contains("契約にない");

        // 2. The vendor's contract: its periodic check waits for an answer; the officer issues the link.
        officer.get(SERVER.url("/suppliers/contracts"));
        Browser.clickAndWait(officer, By.partialLinkText("標準準拠システム運用保守業務委託"));
        var contractUrl = officer.getCurrentUrl();
        assertThat(officer.findElement(By.cssSelector("article.card")).getText()).contains("回答待ち");
        Browser.clickAndWait(officer, By.cssSelector("article.card button.issue-link"));
        var link = officer.findElement(By.id("link-url")).getAttribute("value");
        assertThat(link).matches("http://localhost:\\d+/links/supplier-check/[A-Za-z0-9_-]{43}");

        // 3. The vendor, with no account, opens the link in a browser of its own and answers.
        contractor = Browser.start();
        contractor.get(link);
        assertThat(contractor.findElement(By.id("about")).getText()).contains("株式会社 吉備情報システム")
                .contains("上期 委託先点検");
        for (var radio : contractor.findElements(By.cssSelector("#answer input[type=radio][value=DONE]"))) {
            radio.click();
        }
        contractor.findElement(By.cssSelector("input[name='q.TRAINING_DONE'][value=PARTLY]")).click();
        contractor.findElement(By.id("remarks")).sendKeys("新任の作業者1名の研修は5月に実施予定");
        contractor.findElement(By.id("answeredBy")).sendKeys("岡田 誠");
        Browser.clickAndWait(contractor, By.id("send"));
        assertThat(contractor.findElement(By.tagName("h1")).getText()).isEqualTo("回答を受け付けました");

        // The link was for one answer: opened again, it shows nothing of the check.
        contractor.get(link);
        assertThat(contractor.findElement(By.tagName("h1")).getText()).doesNotContain("定期点検への回答");
        assertThat(contractor.getPageSource()).doesNotContain("吉備情報システム");

        // 4. The answer shows on the contract.
        officer.get(contractUrl);
        var answer = officer.findElement(By.cssSelector("article.card .answer")).getText();
        assertThat(answer).contains("岡田 誠").contains("一部実施している").contains("新任の作業者1名の研修は5月に実施予定");
        assertThat(officer.findElement(By.id("history")).getText()).contains("委託先が定期点検に回答");
    }
}
