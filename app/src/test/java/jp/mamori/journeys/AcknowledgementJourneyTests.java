package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.TestMailServer;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 読了確認 end to end in a real headless Chromium on the demo town: the 統括情報セキュリティ責任者 (the first
 * administrator, through the setup link and TOTP) starts a campaign on the 基本方針 in force for the
 * 会計年度任用職員 of 税務係 — who got their account through the manager's invitation mail — and sends a reminder; the mail arrives at a real SMTP server with the link; the staff
 * member signs in in a second browser, follows the link, reads and confirms (a second reminder right after the first
 * sends nothing); the progress page shows the unit
 * complete and the export lists the confirmation.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"mamori.demo=true",
        "mamori.mail.poll-interval=200ms"})
class AcknowledgementJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";
    private static final String STAFF_PASSWORD = "弓削の棚田に水が入る五月の朝に読む方針";
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

    WebDriver manager;
    WebDriver staff;

    @AfterEach
    void quit() {
        if (manager != null) {
            manager.quit();
        }
        if (staff != null) {
            staff.quit();
        }
    }

    @Test
    void managerStartsAndRemindsStaffMemberConfirmsFromTheMailLinkProgressShowsTheUnitComplete() {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var officer = jdbc.sql("""
                SELECT s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                WHERE a.role = 'GENERAL_SECURITY_OFFICER'""").query(String.class).list().get(0);
        // The one 会計年度任用職員 of 税務係: no account yet; the manager invites them (no security role: no second factor).
        var clerk = jdbc.sql("""
                SELECT s.id, s.name, s.email, s.staff_number FROM staff s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.tenant_id = ? AND u.code = '1201' AND s.kind = 'FISCAL_YEAR_APPOINTED'""")
                .param(tenant).query((rs, n) -> Map.of("id", rs.getString("id"), "name", rs.getString("name"),
                        "email", rs.getString("email"), "number", rs.getString("staff_number"))).single();
        // 1. The 統括情報セキュリティ責任者 gets an account through the one-time setup link and enrols TOTP.
        manager = Browser.start();
        SERVER.firstAdministrator(manager, commands, officer, "soumu.kacho", PASSWORD);

        // 1b. The manager invites the 会計年度任用職員 of 税務係 from the account administration page.
        manager.get(SERVER.url("/admin/accounts"));
        var unitFilter = new Select(manager.findElement(By.id("unitId")));
        unitFilter.selectByVisibleText("税務係");
        Browser.clickAndWait(manager, By.cssSelector("form.filters button[type=submit]"));
        Browser.clickAndWait(manager, By.cssSelector("#candidates tr[data-staff='" + clerk.get("number") + "'] button.invite"));
        assertThat(manager.findElement(By.id("summary")).getText()).contains("1 名を招待しました").contains("招待メールを送信待ちに登録 1 名");
        manager.get(SERVER.url("/admin/accounts"));
        assertThat(manager.findElement(By.cssSelector("#invitations tr[data-staff='" + clerk.get("number") + "']")).getText())
                .contains(clerk.get("name")).contains(clerk.get("email"));

        // The invitation arrives at the SMTP server; the staff member opens its link in a second browser and
        // chooses a login name and a password.
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(clerk.get("email"), "招待").isEmpty());
        var invitation = mails(clerk.get("email"), "招待").get(0);
        var invitationLink = Pattern.compile("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}").matcher(invitation.body());
        assertThat(invitationLink.find()).as("link in %s", invitation.body()).isTrue();
        staff = Browser.start();
        staff.get(invitationLink.group());
        assertThat(staff.findElement(By.id("invitee")).getText()).contains(clerk.get("name"));
        staff.findElement(By.id("loginName")).sendKeys("zeimu.rinji");
        staff.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
        staff.findElement(By.id("passwordAgain")).sendKeys(STAFF_PASSWORD);
        JourneyServer.submit(staff);
        assertThat(staff.getCurrentUrl()).contains("/login");
        assertThat(staff.findElement(By.cssSelector("main .flash")).getText()).contains("アカウントを作成しました");
        staff.get(invitationLink.group()); // used: gone
        assertThat(staff.findElement(By.tagName("h1")).getText()).doesNotContain("アカウントの作成");

        // 2. A campaign on the 基本方針 in force, for the 会計年度任用職員 of 税務係.
        manager.get(SERVER.url("/acknowledgements/campaigns/new"));
        manager.findElement(By.id("title")).sendKeys("令和8年度 基本方針の読了確認（会計年度任用職員）");
        var revision = new Select(manager.findElement(By.id("revisionId")));
        revision.selectByVisibleText(revision.getOptions().stream()
                .filter(o -> o.getText().contains("基本方針") && o.getText().contains("第4版")).findFirst().orElseThrow()
                .getText());
        manager.findElement(By.id("targetAll")).click(); // untick 「全職員」
        var units = new Select(manager.findElement(By.id("unitIds")));
        units.selectByVisibleText(units.getOptions().stream().filter(o -> o.getText().contains("税務係")).findFirst()
                .orElseThrow().getText());
        manager.findElement(By.cssSelector("input[name=kinds][value=FISCAL_YEAR_APPOINTED]")).click();
        ((JavascriptExecutor) manager).executeScript("arguments[0].value = arguments[1]", manager.findElement(By.id("dueOn")),
                calendar.today(tenant).plusWeeks(3).toString());
        JourneyServer.submit(manager);
        assertThat(manager.findElement(By.id("state")).getText()).isEqualTo("準備中");
        var campaignUrl = manager.getCurrentUrl();
        var campaignId = campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1);

        // 3. Start (confirmed first), then remind.
        Browser.clickAndWait(manager, By.id("start"));
        assertThat(manager.findElement(By.cssSelector("main p.warning")).getText()).contains("1 名");
        JourneyServer.submit(manager);
        assertThat(manager.findElement(By.id("state")).getText()).isEqualTo("実施中");
        Browser.clickAndWait(manager, By.id("remind"));
        JourneyServer.submit(manager);
        assertThat(manager.findElement(By.cssSelector(".flash")).getText()).contains("1 通");
        // A second 督促 right after the first (the clerk's retry) sends nothing and says so.
        Browser.clickAndWait(manager, By.id("remind"));
        JourneyServer.submit(manager);
        assertThat(manager.findElement(By.cssSelector(".flash")).getText()).contains("送りませんでした");

        // 4. The reminder arrives at the SMTP server with the link.
        await().atMost(Duration.ofSeconds(30)).until(() -> mails(clerk.get("email"), "読了確認").size() == 1);
        var mail = mails(clerk.get("email"), "読了確認").get(0);
        assertThat(mail.subject()).contains("令和8年度 基本方針の読了確認");
        var link = Pattern.compile("http://localhost:\\d+/acknowledgements/[0-9a-f-]{36}").matcher(mail.body());
        assertThat(link.find()).as("link in %s", mail.body()).isTrue();
        assertThat(link.group()).isEqualTo(SERVER.url("/acknowledgements/" + campaignId));

        // 5. The staff member follows the link, signs in, reads and confirms.
        staff.get(link.group());
        assertThat(staff.getCurrentUrl()).contains("/login");
        staff.findElement(By.id("name")).sendKeys("zeimu.rinji");
        staff.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
        JourneyServer.submit(staff);
        staff.get(link.group());
        assertThat(staff.findElement(By.cssSelector("article.policy-text")).getText()).contains("情報セキュリティ");
        staff.findElement(By.id("agreed")).click();
        JourneyServer.submit(staff);
        assertThat(staff.findElement(By.id("confirmed")).getText()).contains("読了を確認しました");

        // 6. The manager's progress page shows 税務係 complete; the export lists the confirmation.
        manager.get(campaignUrl);
        var row = manager.findElement(By.cssSelector("#progress tr[data-unit='税務係']")).getText();
        assertThat(row).contains("100%").contains("完了");
        var csv = (String) ((JavascriptExecutor) manager).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                SERVER.url("/acknowledgements/campaigns/" + campaignId + "/export.csv"));
        var line = csv.lines().filter(l -> l.contains(clerk.get("name"))).findFirst().orElseThrow();
        assertThat(line).contains("確認済み").contains("第4版").contains("会計年度任用職員");
    }

    private static List<TestMailServer.Received> mails(String address, String subjectPart) {
        return SERVER.mail.to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
    }



}
