package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A clerk registers an asset in a real headless Chromium: nothing chosen at first, a class explained next to each
 * choice, the manager found by name and picked from the matches, and the asset's page naming them by number and
 * name. The screenshot of the filled form is kept under target/screenshots.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "mamori.demo=true")
class AssetFormJourneyTests {

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
    void theManagerIsPickedByNameAndEveryClassIsChosenOnPurpose() throws Exception {
        var number = JourneySteps.demoOfficerNumber(jdbc);
        var manager = jdbc.sql("""
                SELECT s.staff_number, s.name FROM staff s
                WHERE s.tenant_id = (SELECT tenant_id FROM staff WHERE staff_number = ? ORDER BY id LIMIT 1)
                  AND s.staff_number <> ? ORDER BY s.staff_number""").params(number, number)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list().get(0);
        browser = Browser.start();
        SERVER.firstAdministrator(browser, commands, number, "soumu.kacho", PASSWORD);

        browser.get(SERVER.url("/assets/new"));
        assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).as("nothing preselected").isEmpty();
        assertThat(browser.findElement(By.cssSelector("fieldset.class-choice")).getText())
                .contains("3A", "秘密文書に相当する機密性を要する情報");

        browser.findElement(By.id("registerNumber")).sendKeys("J-1");
        browser.findElement(By.id("name")).sendKeys("窓口受付簿");
        var units = new Select(browser.findElement(By.id("ownerUnitId")));
        units.selectByIndex(1);
        browser.findElement(By.id("manager")).sendKeys(manager[1].split(" ")[0]);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        var match = By.xpath("//ul[@id='manager-matches']//button[starts-with(normalize-space(), '" + manager[0] + " ')]");
        wait.until(ExpectedConditions.elementToBeClickable(match)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#manager-picker .chosen-staff"),
                manager[0] + " " + manager[1]));
        browser.findElement(By.cssSelector("input[name=confidentiality][value=R6_2]")).click();
        browser.findElement(By.cssSelector("input[name=integrity][value=LEVEL_1]")).click();
        browser.findElement(By.cssSelector("input[name=availability][value=LEVEL_1]")).click();
        screenshot("asset-form");
        JourneyServer.submit(browser);

        assertThat(browser.findElement(By.tagName("main")).getText()).contains(manager[0] + " " + manager[1]);
    }

    private void screenshot(String name) throws Exception {
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        var directory = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Files.write(directory.resolve(name + ".png"), png);
    }
}
