package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mamori.Browser;

/**
 * The foundation's main journey in a real headless Chromium, on the demo town 久米南町: the one-time
 * setup link creates the first administrator, who must enrol TOTP; then sign-out and a two-step sign-in,
 * an organisation edit, a role appointment, and the trail viewer showing both changes.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mamori.demo=true", "mamori.base-url=http://localhost:0"})
class FirstRunJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";

    @LocalServerPort
    int port;
    @Autowired
    List<Command> commands;
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
    void setupLinkAdminWithTotpThenSignInEditAppointAndSeeTheTrail() {
        var staffNumber = jdbc.sql("""
                SELECT s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                WHERE a.role = 'GENERAL_SECURITY_OFFICER'""").query(String.class).list().get(0);

        // 1. The administrator's command prints a one-time setup link.
        browser.get(url("/setup/" + setupToken()));
        new Select(browser.findElement(By.id("tenantId"))).selectByVisibleText(
                new Select(browser.findElement(By.id("tenantId"))).getOptions().stream()
                        .filter(option -> option.getText().contains("久米南町")).findFirst().orElseThrow().getText());
        browser.findElement(By.id("staffNumber")).sendKeys(staffNumber);
        browser.findElement(By.id("loginName")).sendKeys("soumu.kacho");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("passwordAgain")).sendKeys(PASSWORD);
        submit();

        // 2. TOTP enrolment comes before anything else, with the key shown for manual entry.
        assertThat(browser.getCurrentUrl()).contains("/login/enrol");
        var authenticator = new Authenticator(browser.findElement(By.cssSelector("code.key")).getText());
        browser.findElement(By.id("code")).sendKeys(authenticator.code(0));
        submit();
        assertThat(browser.findElements(By.cssSelector("main li, main code, main pre")).size())
                .as("ten recovery codes shown once").isGreaterThanOrEqualTo(10);
        Browser.clickAndWait(browser, By.linkText("保管しました。続ける"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
        assertThat(browser.findElement(By.cssSelector("ul.figures")).getText()).contains("在職中の職員");

        // 3. Sign out, then sign in again in two steps (the next time step: a used code is refused on reuse).
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/logout'] button"));
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("name")).sendKeys("soumu.kacho");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        submit();
        assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
        browser.findElement(By.id("code")).sendKeys(authenticator.code(1));
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");

        // 4. An organisation edit: a new 係 under 総務課.
        browser.get(url("/organization/units/new"));
        browser.findElement(By.id("code")).sendKeys("1009");
        browser.findElement(By.id("name")).sendKeys("DX推進係");
        browser.findElement(By.id("nameKana")).sendKeys("でぃーえっくすすいしんかかり");
        var parent = new Select(browser.findElement(By.id("parentId")));
        parent.selectByVisibleText(parent.getOptions().stream()
                .filter(option -> option.getText().strip().equals("総務課")).findFirst().orElseThrow().getText());
        new Select(browser.findElement(By.id("level"))).selectByValue("SUBSECTION");
        submit();
        assertThat(browser.getPageSource()).contains("DX推進係");

        // 5. A role appointment: the 総務課長 also becomes an auditor... of another unit's audit, tenant-wide.
        var clerk = jdbc.sql("SELECT id FROM staff WHERE staff_number <> ? AND active_to IS NULL ORDER BY staff_number")
                .param(staffNumber).query(String.class).list().get(3);
        browser.get(url("/organization/staff/" + clerk));
        new Select(browser.findElement(By.id("role"))).selectByValue("CSIRT_MEMBER");
        var startsOn = browser.findElement(By.id("startsOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", startsOn,
                LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        startsOn.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getPageSource().contains("CSIRT"));

        // 6. The trail viewer shows both changes, made by this administrator.
        browser.get(url("/trail"));
        var page = browser.getPageSource();
        assertThat(page).contains("organization.unit.created").contains("organization.appointment");
        // read as words; the codes stay one click away
        assertThat(browser.findElement(By.cssSelector("table.trail tbody")).getText()).contains("組織を登録")
                .contains("役割を任命").doesNotContain("organization.unit.created");

        // 7. The security organisation chart (体制図) is drawn, with the new CSIRT member on it, and fits a
        // 1366 px screen (most of the towns' office laptops) without sideways scrolling.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.get(url("/organization/chart"));
        var chart = browser.findElement(By.cssSelector(".chart img[src*='chart.svg']"));
        var script = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> ((Number) script
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).intValue() > 0);
        long viewport = ((Number) script.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue())
                .as("no horizontal scroll at 1366 px").isLessThanOrEqualTo(viewport);
        assertThat(((Number) script.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth",
                browser.findElement(By.cssSelector(".chart")))).intValue())
                .as("the chart's own frame does not scroll either").isLessThanOrEqualTo(0);
        assertThat(chart.getSize().getWidth()).as("drawn across the page, not as a thumbnail").isGreaterThan(900);
        script.executeScript("arguments[0].scrollIntoView()", chart);
        screenshot("org-chart");
    }

    /** Keeps what the browser showed, for people reviewing a run (target/screenshots). */
    private void screenshot(String name) {
        try {
            var png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var directory = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.write(directory.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String setupToken() {
        var out = new ByteArrayOutputStream();
        var command = commands.stream()
                .filter(c -> c.group().equals("admin") && c.name().equals("setup-link")).findFirst().orElseThrow();
        var status = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        var matcher = Pattern.compile("/setup/([A-Za-z0-9_-]{20,})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("setup link printed: %s", out).isTrue();
        return matcher.group(1);
    }

    private void submit() {
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
