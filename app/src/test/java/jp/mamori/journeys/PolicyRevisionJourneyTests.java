package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;
import jp.mamori.web.Wareki;

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
 * The first "done when", in a real headless Chromium on the demo town: the 統括情報セキュリティ責任者 (the
 * first administrator, through the setup link and TOTP) invites the CISO, drafts a new revision of the 基本方針
 * with one clause changed and submits it for review, and cannot approve it themselves; the CISO accepts the
 * invitation in a second browser, enrols TOTP and approves the revision on its confirmation page; an anonymous
 * reader then sees the new clause and the new 改訂履歴 row (today, in 和暦) on the public page, and the comparison
 * with the previous revision shows the changed clause.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"mamori.demo=true",
        "mamori.mail.poll-interval=200ms"})
class PolicyRevisionJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";
    private static final String CISO_PASSWORD = "棚田の畦に彼岸花が咲く九月の夕暮れに";
    // Seed clause 6(2)③ of the demo 基本方針, before and after the revision.
    private static final String OLD_CLAUSE = "不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。";
    private static final String NEW_CLAUSE = "不正通信の常時監視及び自動遮断の機能の強化等の高度な情報セキュリティ対策を実施する。";
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
    WebDriver ciso;
    WebDriver reader;

    @AfterEach
    void quit() {
        for (var browser : new WebDriver[] {officer, ciso, reader}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void officerDraftsCisoInvitedByMailApprovesAndThePublicPageShowsTheNewClause() {
        var officerStaff = staffWithRole("GENERAL_SECURITY_OFFICER");
        var officerNumber = officerStaff[0];
        var cisoStaff = staffWithRole("CISO");
        var cisoNumber = cisoStaff[0];
        var cisoName = cisoStaff[1];
        var cisoEmail = cisoStaff[2];
        var today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        // 1. The 統括情報セキュリティ責任者 gets the first account through the setup link and enrols TOTP.
        officer = Browser.start();
        SERVER.firstAdministrator(officer, commands, officerNumber, "soumu.kacho", PASSWORD);

        // 2. They invite the CISO from the account administration page (総務課, with its 係).
        officer.get(SERVER.url("/admin/accounts"));
        new Select(officer.findElement(By.id("unitId"))).selectByVisibleText("総務課");
        Browser.clickAndWait(officer, By.cssSelector("form.filters button[type=submit]"));
        Browser.clickAndWait(officer, By.cssSelector("#candidates tr[data-staff='" + cisoNumber + "'] button.invite"));
        assertThat(officer.findElement(By.id("summary")).getText()).contains("1 名を招待しました").contains("招待メールを送信待ちに登録 1 名");

        // 3. They draft a new revision of the 基本方針 with clause 6(2)③ changed, and submit it for review.
        officer.get(SERVER.url("/policies"));
        Browser.clickAndWait(officer, By.linkText("久米南町情報セキュリティ基本方針"));
        var documentUrl = officer.getCurrentUrl();
        Browser.clickAndWait(officer, By.linkText("改訂案の作成"));
        var body = officer.findElement(By.id("body"));
        assertThat(body.getAttribute("value")).contains(OLD_CLAUSE);
        ((JavascriptExecutor) officer).executeScript("arguments[0].value = arguments[0].value.replace(arguments[1], arguments[2])",
                body, OLD_CLAUSE, NEW_CLAUSE);
        officer.findElement(By.id("summary")).sendKeys("6(2)③ インターネット接続系の不正通信の常時監視及び自動遮断");
        JourneyServer.submit(officer);
        var revisionUrl = officer.getCurrentUrl();
        assertThat(revisionUrl).matches(".*/policies/[0-9a-f-]{36}/revisions/[0-9a-f-]{36}$");
        assertThat(officer.findElement(By.cssSelector("article.policy-text")).getText()).contains(NEW_CLAUSE);
        Browser.clickAndWait(officer, By.xpath("//main//form[contains(@action, '/submit')]//button"));
        assertThat(officer.findElement(By.cssSelector("dl.facts")).getText()).contains("審査中");

        // 4. The drafter is not offered to approve their own revision: the page says why instead of a button,
        // and the confirmation page opened anyway (an old link) shows the reason and no form.
        assertThat(officer.findElements(By.linkText("承認する"))).isEmpty();
        assertThat(officer.findElement(By.id("approval-refusal")).getText()).contains("自分の改訂を承認できません");
        screenshot(officer, "policy-revision-own-approval");
        officer.get(revisionUrl + "/decide?action=approve");
        assertThat(officer.findElement(By.id("approve-refused")).getText()).contains("自分の改訂を承認できません");
        assertThat(officer.findElements(By.cssSelector("main form[action$='/approve']"))).isEmpty();
        officer.get(revisionUrl);
        assertThat(officer.findElement(By.cssSelector("dl.facts")).getText()).contains("審査中");

        // 5. The CISO's invitation arrives; they accept it in a second browser, and enrol TOTP (their role needs it).
        await().atMost(Duration.ofSeconds(30)).until(() -> !SERVER.mail.to(cisoEmail).isEmpty());
        var invitation = SERVER.mail.to(cisoEmail).get(0);
        assertThat(invitation.subject()).contains("招待");
        var link = Pattern.compile("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}").matcher(invitation.body());
        assertThat(link.find()).as("link in %s", invitation.body()).isTrue();
        ciso = Browser.start();
        ciso.get(link.group());
        assertThat(ciso.findElement(By.id("invitee")).getText()).contains(cisoName);
        ciso.findElement(By.id("loginName")).sendKeys("fuku.chocho");
        ciso.findElement(By.id("password")).sendKeys(CISO_PASSWORD);
        ciso.findElement(By.id("passwordAgain")).sendKeys(CISO_PASSWORD);
        JourneyServer.submit(ciso);
        assertThat(ciso.getCurrentUrl()).endsWith("/login/enrol");
        var cisoApp = new Authenticator(ciso.findElement(By.cssSelector("code.key")).getText());
        ciso.findElement(By.id("code")).sendKeys(cisoApp.code(0));
        JourneyServer.submit(ciso);
        Browser.clickAndWait(ciso, By.linkText("保管しました。続ける"));
        assertThat(ciso.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");

        // 6. The CISO opens the revision under review and approves it on the confirmation page.
        ciso.get(revisionUrl);
        assertThat(ciso.findElement(By.cssSelector("dl.facts")).getText()).contains("審査中").contains(officerStaff[1]);
        Browser.clickAndWait(ciso, By.linkText("承認する"));
        assertThat(ciso.findElement(By.tagName("h1")).getText()).contains("承認");
        JourneyServer.submit(ciso);
        assertThat(ciso.findElement(By.cssSelector("dl.facts")).getText()).contains("承認済み").contains(cisoName);

        // 7. An anonymous reader sees the new clause and the new 改訂履歴 row on the public page.
        reader = Browser.start();
        reader.get(SERVER.url("/public/336661/policies"));
        Browser.clickAndWait(reader, By.linkText("久米南町情報セキュリティ基本方針"));
        assertThat(reader.findElement(By.cssSelector("article.policy-text")).getText()).contains(NEW_CLAUSE)
                .doesNotContain(OLD_CLAUSE);
        var todayInWareki = new Wareki().format(today);
        assertThat(todayInWareki).startsWith("令和");
        var newRow = reader.findElements(By.cssSelector("table.history tbody tr")).stream()
                .filter(row -> row.getText().contains("6(2)③ インターネット接続系の不正通信の常時監視及び自動遮断"))
                .toList();
        assertThat(newRow).hasSize(1);
        assertThat(newRow.get(0).findElement(By.tagName("th")).getText()).isEqualTo(todayInWareki);
        assertThat(newRow.get(0).getText()).contains("改定");
        screenshot(reader, "policy-revision-public");
        var clause = reader.findElement(By.id("clause-6-2-3"));
        assertThat(clause.getText()).contains(NEW_CLAUSE);
        ((JavascriptExecutor) reader).executeScript("arguments[0].scrollIntoView()", clause);
        screenshot(reader, "policy-revision-public-clause");

        // 8. The comparison with the previous revision shows the changed clause, old and new.
        officer.get(revisionUrl);
        Browser.clickAndWait(officer, By.linkText("前の版と比較"));
        var changes = officer.findElements(By.cssSelector(".clause-change"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getText()).contains("(2)").contains("監視機能の強化").contains("常時監視");
        assertThat(officer.getCurrentUrl()).startsWith(documentUrl + "/diff");

        // 9. The trail fits a 1366 px screen: actions in words, the 接続元 column visible without scrolling sideways.
        officer.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        officer.get(SERVER.url("/trail"));
        var js = (JavascriptExecutor) officer;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue())
                .isLessThanOrEqualTo(((Number) js.executeScript("return document.documentElement.clientWidth")).longValue());
        var source = officer.findElement(By.xpath("//table[contains(@class,'trail')]//th[last()]"));
        assertThat(source.getText()).isEqualTo("接続元");
        assertThat(((Number) js.executeScript("return arguments[0].getBoundingClientRect().right", source)).doubleValue())
                .isLessThanOrEqualTo(((Number) js.executeScript("return document.documentElement.clientWidth")).doubleValue());
        assertThat(officer.findElement(By.cssSelector("table.trail tbody")).getText()).contains("改訂を承認")
                .doesNotContain("policy.revision.approved");
        screenshot(officer, "trail-1366");
    }

    /** Staff number, name and mail address of the demo town's holder of a role. */
    private String[] staffWithRole(String role) {
        return jdbc.sql("""
                SELECT s.staff_number, s.name, s.email FROM staff s JOIN appointment a ON a.staff_id = s.id
                JOIN tenant t ON t.id = s.tenant_id WHERE t.code = '336661' AND a.role = ? ORDER BY s.staff_number""")
                .param(role).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list()
                .get(0);
    }

    /** Keeps what the browser showed, for people reviewing a run (target/screenshots). */
    private static void screenshot(WebDriver browser, String name) {
        try {
            var png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var directory = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.write(directory.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }



}
