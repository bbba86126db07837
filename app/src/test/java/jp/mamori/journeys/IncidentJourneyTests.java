package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Incident end to end in headless Chromium on the demo town, from a phone-sized window: a member of staff reports
 * a lost USB stick holding data on 150 residents; the CSIRT receives (triages) it; the 個人情報保護委員会 obligation
 * appears with its 速報 and 確報 due dates; the 速報 is recorded as sent; the incident is moved through its states and
 * closed with a recurrence-prevention corrective action.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"mamori.demo=true"})
class IncidentJourneyTests {

    private static final String PASSWORD = "誕生寺の桜の下で拾われたUSBメモリの行方";
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
    @Autowired
    TenantCalendar calendar;

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLostUsbStickIsReportedFromAPhoneTriagedReportedToTheCommissionAndClosedWithPrevention() {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var today = calendar.today(tenant);
        browser = Browser.startNarrow();
        SERVER.firstAdministrator(browser, commands, JourneySteps.demoOfficerNumber(jdbc), "soumu.kacho", PASSWORD);

        // 1. The one-minute report, on a phone-sized window: nothing scrolls sideways.
        browser.get(SERVER.url("/incidents/report"));
        assertThat(Browser.overflowOf(browser)).isNull();
        browser.findElement(By.id("title")).sendKeys("住民情報の入ったUSBメモリを紛失");
        browser.findElement(By.id("whatHappened")).sendKeys("出張先から戻ったところ、かばんに入れていたUSBメモリが見当たらない。");
        browser.findElement(By.id("affected")).sendKeys("USBメモリ（暗号化なし）、健診案内の送付先一覧");
        browser.findElement(By.id("personalData")).click();
        browser.findElement(By.id("peopleAffected")).sendKeys("150");
        browser.findElement(By.id("lostDevice")).click();
        browser.findElement(By.id("contact")).sendKeys("内線 201");
        Browser.clickAndWait(browser, By.id("submit"));
        assertThat(browser.getCurrentUrl()).contains("/incidents/mine/");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("報告");
        assertThat(Browser.overflowOf(browser)).isNull();
        var id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        // 2. The CSIRT finds it in the register and receives it with a severity.
        browser.get(SERVER.url("/incidents?q=USB"));
        Browser.clickAndWait(browser, By.cssSelector("#incidents tr[data-id='" + id + "'] a"));
        new Select(browser.findElement(By.id("severity"))).selectByVisibleText("高");
        Browser.clickAndWait(browser, By.cssSelector("#triage button"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("受付");
        assertThat(browser.findElement(By.id("severity-value")).getText()).isEqualTo("高");

        // 3. The commission's obligation, with both due dates (速報 3 days, 確報 30 days after discovery).
        var ppc = browser.findElement(By.cssSelector("#obligations tr[data-body=PPC]"));
        assertThat(ppc.getText()).contains("個人情報保護委員会").contains("本人の数が100人を超える");
        assertThat(ppc.findElement(By.cssSelector(".preliminary .due")).getText()).contains(today.plusDays(3).toString());
        assertThat(ppc.findElement(By.cssSelector(".final .due")).getText()).contains(today.plusDays(30).toString());

        // 4. The 速報 is recorded as sent.
        ppc.findElement(By.cssSelector("form.send-preliminary input[name=note]")).sendKeys("速報を委員会の報告フォームから送信");
        Browser.clickAndWait(browser, By.cssSelector("#obligations tr[data-body=PPC] form.send-preliminary button"));
        assertThat(browser.findElement(By.cssSelector("#obligations tr[data-body=PPC] .preliminary .sent")).getText())
                .contains("送付済み").contains("報告フォーム");
        assertThat(browser.findElements(By.cssSelector("#obligations tr[data-body=PPC] form.send-preliminary"))).isEmpty();

        // 5. Through the states in order, then closed with the recurrence prevention as a corrective action.
        for (var state : List.of("調査中", "封じ込め", "復旧", "再発防止")) {
            Browser.clickAndWait(browser, By.cssSelector("#advance button"));
            assertThat(browser.findElement(By.id("state")).getText()).isEqualTo(state);
        }
        browser.findElement(By.id("cause")).sendKeys("暗号化されていない私物USBメモリへの複製");
        browser.findElement(By.id("prevention")).sendKeys("庁外への持ち出しは暗号化USBメモリに限り、持出簿で管理する");
        Browser.clickAndWait(browser, By.cssSelector("#close button"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("完了");
        assertThat(browser.findElement(By.id("history")).getText()).contains("インシデントを報告").contains("完了");
        var actions = jdbc.sql("SELECT title FROM corrective_action WHERE tenant_id = ? AND source_module = 'incident'"
                + " AND source_id = ?").params(tenant, id).query(String.class).list();
        assertThat(actions).singleElement().asString().contains("暗号化USBメモリ");
        browser.get(SERVER.url("/corrections"));
        assertThat(browser.findElement(By.id("actions")).getText()).contains("再発防止");
    }
}
