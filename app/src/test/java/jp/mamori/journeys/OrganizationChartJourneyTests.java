package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo town's 体制図 in a real headless Chromium at 1366 px, the width of most of the towns' office laptops: the
 * drawing fits the page without sideways scrolling. The screenshot is kept as target/screenshots/org-chart.png.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "mamori.demo=true")
class OrganizationChartJourneyTests {

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
    void theChartFitsA1366PixelScreenWithoutSidewaysScrolling() throws Exception {
        var number = jdbc.sql("""
                SELECT s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                WHERE a.role = 'GENERAL_SECURITY_OFFICER' ORDER BY s.staff_number""").query(String.class).list().get(0);
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        SERVER.firstAdministrator(browser, commands, number, "soumu.kacho", PASSWORD);

        browser.get(SERVER.url("/organization/chart"));
        var image = browser.findElement(By.cssSelector(".chart img[src*='chart.svg']"));
        var script = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> ((Number) script
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);

        long viewport = ((Number) script.executeScript("return document.documentElement.clientWidth")).longValue();
        long page = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(page).as("no horizontal scroll at 1366 px").isLessThanOrEqualTo(viewport);
        var frame = browser.findElement(By.cssSelector(".chart"));
        assertThat(((Number) script.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", frame))
                .intValue()).as("the chart's own frame does not scroll either").isLessThanOrEqualTo(0);
        assertThat(image.getSize().getWidth()).as("drawn across the page, not as a thumbnail").isGreaterThan(900);
        assertThat(image.getSize().getHeight()).isGreaterThan(300);

        script.executeScript("arguments[0].scrollIntoView()", image);
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        var directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve("org-chart.png"), png);
    }
}
