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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main navigation in a real headless Chromium at 1280 px, for the demo town's first administrator (who sees
 * nearly every entry): one line of six areas instead of two lines of links, the page's area marked, and an area's
 * entries one click away. The screenshot is kept under target/screenshots.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "mamori.demo=true")
class NavigationJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";
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

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sixAreasOnOneLineWithThePagesAreaMarked() throws Exception {
        var number = JourneySteps.demoOfficerNumber(jdbc);
        browser = Browser.start();
        SERVER.firstAdministrator(browser, commands, number, "soumu.kacho", PASSWORD);

        browser.get(SERVER.url("/organization/staff"));
        var areas = browser.findElements(By.cssSelector("header.top nav ul.areas > li"));
        assertThat(areas).extracting(a -> a.findElement(By.cssSelector("summary span:first-child")).getText())
                .containsExactly("組織", "情報資産", "ポリシー", "対策と点検", "記録", "管理");
        assertThat(areas.stream().map(a -> a.getLocation().getY()).distinct()).as("one line").hasSize(1);
        assertThat(browser.findElement(By.cssSelector("header.top")).getSize().getHeight()).isLessThan(80);
        assertThat(browser.findElements(By.cssSelector("header.top nav li.current summary span:first-child")))
                .extracting(e -> e.getText()).containsExactly("組織");

        // An area opens its entries; following one marks the new page's area.
        browser.findElement(By.xpath("//header//summary[span='情報資産']")).click();
        var register = browser.findElement(By.xpath("//header//details[@open]//a[contains(@href, '/assets')]"));
        assertThat(register.isDisplayed()).isTrue();
        screenshot("navigation");
        Browser.clickAndWait(browser, By.xpath("//header//details[@open]//a[contains(@href, '/assets')]"));
        assertThat(browser.getCurrentUrl()).endsWith("/assets");
        assertThat(browser.findElements(By.cssSelector("header.top nav li.current summary span:first-child")))
                .extracting(e -> e.getText()).containsExactly("情報資産");
        assertThat(browser.findElements(By.cssSelector("header.top nav details[open]"))).isEmpty();
    }

    /** Keeps what the browser showed, for people reviewing a run (target/screenshots). */
    private void screenshot(String name) throws Exception {
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        var directory = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Files.write(directory.resolve(name + ".png"), png);
    }
}
