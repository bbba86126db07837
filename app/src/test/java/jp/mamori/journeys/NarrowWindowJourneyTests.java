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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The phone-sized browser that journeys of staff use ({@link Browser#startNarrow()}): its viewport really is 390 px
 * (headless Chromium's windows stop at 500 px, so a window size alone would not test a phone), and the pages every
 * member of staff meets first fit it without sideways scrolling.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "mamori.demo=true")
class NarrowWindowJourneyTests {

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
    void aPhoneSizedBrowserShowsTheStaffPagesWithoutSidewaysScrolling() {
        browser = Browser.startNarrow();
        browser.get(SERVER.url("/login"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).intValue())
                .isEqualTo(390);
        assertThat(Browser.overflowOf(browser)).as("sign-in page").isNull();

        SERVER.firstAdministrator(browser, commands, JourneySteps.demoOfficerNumber(jdbc), "soumu.kacho", PASSWORD);
        browser.get(SERVER.url("/"));
        Browser.screenshot(browser, "narrow-home");
        assertThat(Browser.overflowOf(browser)).as("home page").isNull();
    }
}
