package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 自己点検 and 監査 end to end in headless Chromium on the demo town: the 統括 starts the demo's drafted campaign; a
 * 会計年度任用職員 of 税務係 answers on a phone-sized window — and a save from a second phone on the same stale sheet is
 * refused with the first one's change shown — then submits; the 税務住民課長 returns it once with a comment, then
 * accepts it; the results chart now counts the 未実施; the 統括 turns it into a corrective action. The 監査人 (企画係長)
 * plans an audit of 税務住民課, is refused assigning a 住民係 member (the refusal names the rule), assigns
 * themselves, records a finding in 税務係; the 課長 records the corrective action done and the auditor verifies it.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"mamori.demo=true",
        "mamori.mail.poll-interval=200ms"})
class InspectionAuditJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";
    private static final String STAFF_PASSWORD = "弓削の棚田に水が入る五月の朝に点検する";
    private static final String KACHO_PASSWORD = "税務住民課の窓口で毎朝確かめる合言葉";
    private static final String AUDITOR_PASSWORD = "企画係から独立して監査する秋の一日";
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

    WebDriver manager;
    WebDriver staff;
    WebDriver secondPhone;
    WebDriver kacho;
    WebDriver auditor;

    @AfterEach
    void quit() {
        for (var browser : new WebDriver[] {manager, staff, secondPhone, kacho, auditor}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private record Person(String id, String name, String email, String number) {
    }

    private Person person(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new Person(rs.getString("id"), rs.getString("name"),
                rs.getString("email"), rs.getString("staff_number"))).list().get(0);
    }

    private static final String BY_UNIT = """
            SELECT s.id, s.name, s.email, s.staff_number FROM staff s JOIN org_unit u ON u.id = s.unit_id
            WHERE s.tenant_id = ? AND u.code = ? AND s.kind = ? ORDER BY s.staff_number""";

    @Test
    void campaignToAcceptedSheetToCorrectiveActionAndAnAuditToAVerifiedFinding() {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var clerk = person(BY_UNIT, tenant, "1201", "FISCAL_YEAR_APPOINTED");
        var head = person("""
                SELECT s.id, s.name, s.email, s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                JOIN org_unit u ON u.id = a.unit_id
                WHERE s.tenant_id = ? AND a.role = 'SECTION_SECURITY_MANAGER' AND u.code = '120'""", tenant);
        var auditorPerson = person("""
                SELECT s.id, s.name, s.email, s.staff_number FROM staff s JOIN appointment a ON a.staff_id = s.id
                JOIN org_unit u ON u.id = a.unit_id WHERE s.tenant_id = ? AND a.role = 'AUDITOR' AND u.code = '120'""",
                tenant);
        var resident = person(BY_UNIT, tenant, "1202", "REGULAR");

        // 1. The 統括 becomes the first administrator and invites the clerk, the 課長 and the 監査人.
        manager = Browser.start();
        SERVER.firstAdministrator(manager, commands, JourneySteps.demoOfficerNumber(jdbc), "soumu.kacho", PASSWORD);
        JourneySteps.invite(manager, SERVER, "税務係", clerk.number());
        JourneySteps.invite(manager, SERVER, "税務住民課", head.number());
        JourneySteps.invite(manager, SERVER, "企画係", auditorPerson.number());
        staff = Browser.startNarrow();
        JourneySteps.acceptInvitation(staff, invitation(clerk), clerk.name(), "zeimu.rinji", STAFF_PASSWORD);
        kacho = Browser.start();
        JourneySteps.acceptInvitation(kacho, invitation(head), head.name(), "zeimu.kacho", KACHO_PASSWORD);
        enrol(kacho);
        auditor = Browser.start();
        JourneySteps.acceptInvitation(auditor, invitation(auditorPerson), auditorPerson.name(), "kikaku.kansa",
                AUDITOR_PASSWORD);
        enrol(auditor);

        // 2. The 統括 starts the demo's drafted campaign (confirmed first).
        manager.get(SERVER.url("/inspections/campaigns"));
        manager.get(manager.findElement(By.linkText("令和8年度 下半期 情報セキュリティ自己点検")).getAttribute("href"));
        assertThat(manager.findElement(By.id("state")).getText()).isEqualTo("準備中");
        var campaignUrl = manager.getCurrentUrl();
        var campaignId = campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1);
        manager.get(manager.findElement(By.id("start")).getAttribute("href"));
        assertThat(manager.findElement(By.cssSelector("main p.warning")).getText()).contains("名に点検票を送ります");
        JourneyServer.submit(manager);
        assertThat(manager.findElement(By.id("state")).getText()).isEqualTo("実施中");
        assertThat(chartTitles(manager)).noneMatch(t -> t.startsWith("未実施"));

        // 3. The clerk signs in on a phone and opens the sheet; it fits the narrow window.
        signIn(staff, "zeimu.rinji", STAFF_PASSWORD);
        staff.get(SERVER.url("/inspections"));
        staff.get(staff.findElement(By.linkText("令和8年度 下半期 情報セキュリティ自己点検")).getAttribute("href"));
        assertThat(Browser.overflowOf(staff)).isNull();
        var questions = staff.findElements(By.cssSelector("fieldset.question")).size();
        assertThat(questions).isGreaterThan(10);
        // A second phone of the same person opens the same sheet before the first saves.
        secondPhone = Browser.startNarrow();
        signIn(secondPhone, "zeimu.rinji", STAFF_PASSWORD);
        secondPhone.get(SERVER.url("/inspections/" + campaignId));

        answer(staff, 1, "IMPLEMENTED", "窓口の書類は毎日片付けている");
        Browser.clickAndWait(staff, By.id("save"));
        assertThat(staff.findElement(By.cssSelector(".flash")).getText()).contains("一時保存");

        answer(secondPhone, 1, "NOT_APPLICABLE", "二台目の入力");
        Browser.clickAndWait(secondPhone, By.id("save"));
        var conflict = secondPhone.findElement(By.id("conflict")).getText();
        assertThat(conflict).contains(clerk.name()).contains("窓口の書類は毎日片付けている");
        assertThat(secondPhone.findElement(By.cssSelector("fieldset[data-question='1'] textarea")).getAttribute("value"))
                .isEqualTo("二台目の入力");
        staff.navigate().refresh();
        assertThat(staff.findElement(By.cssSelector("fieldset[data-question='1'] textarea")).getAttribute("value"))
                .isEqualTo("窓口の書類は毎日片付けている");

        // 4. The clerk answers everything — the last question 未実施 — and submits.
        for (int q = 2; q < questions; q++) {
            answer(staff, q, "IMPLEMENTED", null);
        }
        answer(staff, questions, "NOT_IMPLEMENTED", "退庁時の施錠を忘れる日がある");
        assertThat(Browser.overflowOf(staff)).isNull();
        Browser.clickAndWait(staff, By.id("submit"));
        assertThat(staff.findElement(By.cssSelector(".flash")).getText()).contains("提出しました");
        assertThat(staff.findElement(By.id("sheet-state")).getText()).contains("提出済み");

        // 5. The 課長 returns it once with a comment.
        signIn(kacho, "zeimu.kacho", KACHO_PASSWORD);
        var sheetUrl = SERVER.url("/inspections/campaigns/" + campaignId + "/sheets/" + clerk.id());
        kacho.get(SERVER.url("/inspections/campaigns/" + campaignId));
        Browser.clickAndWait(kacho, By.cssSelector("#sheets tr[data-staff='" + clerk.number() + "'] a"));
        assertThat(kacho.getCurrentUrl()).isEqualTo(sheetUrl);
        kacho.findElement(By.id("note")).sendKeys("未実施の理由と、いつまでに直すかを書いてください");
        Browser.clickAndWait(kacho, By.id("return"));
        assertThat(kacho.findElement(By.id("sheet-state")).getText()).isEqualTo("差戻し");

        // 6. The clerk sees the comment, adds to the answer and submits again; the 課長 accepts.
        staff.navigate().refresh();
        assertThat(staff.findElement(By.id("review-note")).getText()).contains("いつまでに直すか");
        var last = staff.findElement(By.cssSelector("fieldset[data-question='" + questions + "'] textarea"));
        last.sendKeys("。10月末までに鍵の確認表を作る");
        Browser.clickAndWait(staff, By.id("submit"));
        assertThat(staff.findElement(By.id("sheet-state")).getText()).contains("提出済み");
        kacho.get(sheetUrl);
        Browser.clickAndWait(kacho, By.id("accept"));
        assertThat(kacho.findElement(By.id("sheet-state")).getText()).isEqualTo("受理");

        // 7. The results chart now counts the accepted sheet, the 未実施 among it.
        manager.get(campaignUrl);
        assertThat(chartTitles(manager)).contains("未実施 1");
        assertThat(manager.findElement(By.id("weakest")).getText()).isNotEmpty();

        // 8. The 統括 turns the 未実施 into a corrective action.
        manager.get(sheetUrl);
        Browser.clickAndWait(manager, By.cssSelector("form.corrective button"));
        assertThat(manager.findElement(By.cssSelector(".flash")).getText()).contains("改善措置を登録しました");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM corrective_action WHERE tenant_id = ? AND source_module = 'inspection'")
                .param(tenant).query(Long.class).single()).isEqualTo(1);

        // 9. The 監査人 plans an audit of 税務住民課; a 住民係 member is refused as its auditor, naming the rule.
        signIn(auditor, "kikaku.kansa", AUDITOR_PASSWORD);
        auditor.get(SERVER.url("/audits"));
        auditor.findElement(By.id("title")).sendKeys("令和8年度 臨時監査（税務住民課）");
        new Select(auditor.findElement(By.id("units"))).selectByVisibleText("税務住民課");
        JourneyServer.submit(auditor);
        assertThat(auditor.findElement(By.id("scope")).getText()).isEqualTo("税務住民課");
        var engagementUrl = auditor.getCurrentUrl();
        selectStaff(auditor, resident.number());
        Browser.clickAndWait(auditor, By.id("assign-auditor"));
        assertThat(auditor.findElement(By.id("refusal")).getText()).contains("独立性").contains("住民係");
        assertThat(auditor.findElements(By.cssSelector("#auditors li"))).isEmpty();
        selectStaff(auditor, auditorPerson.number());
        Browser.clickAndWait(auditor, By.id("assign-auditor"));
        assertThat(auditor.findElement(By.id("auditors")).getText()).contains(auditorPerson.name());

        // 10. A finding in 税務係, its corrective action completed by the 課長, verified by the auditor.
        new Select(auditor.findElement(By.id("unitId"))).selectByVisibleText("税務係");
        auditor.findElement(By.id("criterion")).sendKeys("対策基準 3.2 パスワードの管理");
        auditor.findElement(By.id("condition")).sendKeys("共用端末にパスワードの付箋が貼られていた");
        auditor.findElement(By.id("recommendation")).sendKeys("付箋を撤去し、個人アカウントに切り替える");
        Browser.clickAndWait(auditor, By.id("record-finding"));
        assertThat(auditor.findElement(By.cssSelector("#findings .action-state")).getText()).contains("未着手");
        kacho.get(engagementUrl);
        kacho.findElement(By.cssSelector("#findings form.complete input[name=note]")).sendKeys("付箋を撤去した");
        Browser.clickAndWait(kacho, By.cssSelector("#findings form.complete button"));
        assertThat(kacho.findElement(By.cssSelector("#findings .action-state")).getText()).contains("確認待ち");
        auditor.get(engagementUrl);
        Browser.clickAndWait(auditor, By.cssSelector("#findings form.verify button"));
        assertThat(auditor.findElement(By.cssSelector("#findings .action-state")).getText()).contains("指摘を解消");
        Browser.clickAndWait(auditor, By.id("issue-report"));
        assertThat(auditor.findElement(By.id("report-findings")).getText()).contains("共用端末にパスワードの付箋")
                .contains("指摘を解消");
    }

    private String invitation(Person person) {
        await().atMost(Duration.ofSeconds(30)).until(() -> SERVER.mail.to(person.email()).stream()
                .anyMatch(m -> m.subject().contains("招待")));
        var mail = SERVER.mail.to(person.email()).stream().filter(m -> m.subject().contains("招待")).findFirst()
                .orElseThrow();
        var link = Pattern.compile("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}").matcher(mail.body());
        assertThat(link.find()).as("link in %s", mail.body()).isTrue();
        return link.group();
    }

    private void enrol(WebDriver browser) {
        assertThat(browser.getCurrentUrl()).endsWith("/login/enrol");
        var app = new Authenticator(browser.findElement(By.cssSelector("code.key")).getText());
        browser.findElement(By.id("code")).sendKeys(app.code(0));
        JourneyServer.submit(browser);
        Browser.clickAndWait(browser, By.linkText("保管しました。続ける"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
    }

    /** Signs in unless the browser is already signed in (an enrolment leaves it signed in). */
    private static void signIn(WebDriver browser, String name, String password) {
        browser.get(SERVER.url("/inspections"));
        if (!browser.getCurrentUrl().contains("/login")) {
            return;
        }
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        JourneyServer.submit(browser);
    }

    private static void answer(WebDriver browser, int question, String answer, String comment) {
        var fieldset = browser.findElement(By.cssSelector("fieldset[data-question='" + question + "']"));
        click(browser, fieldset.findElement(By.cssSelector("input[value='" + answer + "']")));
        if (comment != null) {
            var area = fieldset.findElement(By.tagName("textarea"));
            area.clear();
            area.sendKeys(comment);
        }
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void selectStaff(WebDriver browser, String number) {
        var select = new Select(browser.findElement(By.id("staffId")));
        select.selectByVisibleText(select.getOptions().stream().filter(o -> o.getText().startsWith(number + " "))
                .findFirst().orElseThrow().getText());
    }

    private static List<String> chartTitles(WebDriver browser) {
        return browser.findElements(By.cssSelector("#results svg rect title")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }
}
