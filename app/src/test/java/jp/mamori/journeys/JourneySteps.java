package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jp.mamori.Browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Steps that several journeys take the same way, written once so that a change of the page changes one place. */
final class JourneySteps {

    private JourneySteps() {
    }

    /**
     * The administrator invites one member of staff of a unit (found through the unit filter, by 職員番号) from the
     * account administration page; stops on the page that says what was done.
     */
    /** The 職員番号 of the demo town's 統括情報セキュリティ責任者, who becomes the first administrator in the journeys. */
    static String demoOfficerNumber(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                WHERE a.role = 'GENERAL_SECURITY_OFFICER' ORDER BY s.staff_number""").query(String.class).list().get(0);
    }

    static void invite(WebDriver browser, JourneyServer server, String unitName, String staffNumber) {
        browser.get(server.url("/admin/accounts"));
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(unitName);
        Browser.clickAndWait(browser, By.cssSelector("form.filters button[type=submit]"));
        Browser.clickAndWait(browser, By.cssSelector("#candidates tr[data-staff='" + staffNumber + "'] button.invite"));
    }

    /**
     * The invitee opens their one-time link, checks that it names them, and chooses a login name and a password; stops
     * on whatever page comes next (sign-in, or TOTP enrolment for a security role).
     */
    static void acceptInvitation(WebDriver browser, String link, String inviteeName, String loginName, String password) {
        browser.get(link);
        assertThat(browser.findElement(By.id("invitee")).getText()).contains(inviteeName);
        browser.findElement(By.id("loginName")).sendKeys(loginName);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordAgain")).sendKeys(password);
        JourneyServer.submit(browser);
    }

    /**
     * Creates an acknowledgement campaign on the demo 基本方針 in force (第4版) for one kind of staff of one unit, due
     * on {@code dueOn}, and starts it (its confirmation step names {@code targets} people); stops on the campaign's
     * page, 実施中, and returns its address.
     */
    static String startCampaign(WebDriver browser, JourneyServer server, String title, String unitName, String kind,
            LocalDate dueOn, int targets) {
        browser.get(server.url("/acknowledgements/campaigns/new"));
        browser.findElement(By.id("title")).sendKeys(title);
        var revision = new Select(browser.findElement(By.id("revisionId")));
        revision.selectByVisibleText(revision.getOptions().stream()
                .filter(o -> o.getText().contains("基本方針") && o.getText().contains("第4版")).findFirst().orElseThrow()
                .getText());
        browser.findElement(By.id("targetAll")).click(); // untick 「全職員」
        var units = new Select(browser.findElement(By.id("unitIds")));
        units.selectByVisibleText(units.getOptions().stream().filter(o -> o.getText().contains(unitName)).findFirst()
                .orElseThrow().getText());
        browser.findElement(By.cssSelector("input[name=kinds][value=" + kind + "]")).click();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("dueOn")), dueOn.toString());
        JourneyServer.submit(browser);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("準備中");
        var campaign = browser.getCurrentUrl();
        Browser.clickAndWait(browser, By.id("start"));
        assertThat(browser.findElement(By.cssSelector("main p.warning")).getText()).contains(targets + " 名");
        JourneyServer.submit(browser);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("実施中");
        return campaign;
    }
}
