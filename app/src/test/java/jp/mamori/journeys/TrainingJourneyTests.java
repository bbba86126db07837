package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.Browser;
import jp.mamori.BrowserTest;
import jp.mamori.DatabaseTest;
import jp.mamori.TestMailServer;
import jp.mamori.web.Command;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 研修 end to end in headless Chromium on the demo town: the 会計年度任用職員 of 税務係, invited by the
 * 統括情報セキュリティ責任者, opens the yearly course on a phone-sized window (nothing scrolls sideways), reads the
 * material, answers the quiz wrongly and fails, answers again rightly and passes; the manager's completion chart of
 * the course shows one more of 税務係 completed.
 */
@BrowserTest
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"mamori.demo=true",
        "mamori.mail.poll-interval=200ms"})
class TrainingJourneyTests {

    private static final String PASSWORD = "山並みと誕生寺の桜を見守る二〇二六年の春";
    private static final String STAFF_PASSWORD = "棚田の畦で読む研修の教材と確認テスト";
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
    void staffMemberFailsTheQuizOncePassesTheSecondTimeAndTheUnitsCompletionChartMoves() {
        var tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        var clerk = jdbc.sql("""
                SELECT s.name, s.email, s.staff_number FROM staff s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.tenant_id = ? AND u.code = '1201' AND s.kind = 'FISCAL_YEAR_APPOINTED'""")
                .param(tenant).query((rs, n) -> Map.of("name", rs.getString("name"), "email", rs.getString("email"),
                        "number", rs.getString("staff_number"))).single();
        var campaignId = jdbc.sql("SELECT id FROM campaign WHERE tenant_id = ? AND purpose = 'training' AND title = ?")
                .params(tenant, "令和8年度 全職員向け情報セキュリティ研修").query(UUID.class).single();
        var right = new HashMap<String, String>();
        jdbc.sql("""
                SELECT q.text, q.choices, q.correct FROM training_question q JOIN campaign c ON c.subject_id = q.course_id
                WHERE c.id = ?""").param(campaignId).query(rs -> {
                    right.put(rs.getString(1), rs.getString(2).split("\n")[rs.getInt(3)]);
                });

        manager = Browser.start();
        SERVER.firstAdministrator(manager, commands, JourneySteps.demoOfficerNumber(jdbc), "soumu.kacho", PASSWORD);
        manager.get(SERVER.url("/training/campaigns/" + campaignId));
        var before = zeimuBar(manager);
        assertThat(before).as("chart before").matches("税務係 \\d+% \\(\\d+/\\d+\\)");

        JourneySteps.invite(manager, SERVER, "税務係", clerk.get("number"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(clerk.get("email"), "招待").isEmpty());
        var link = Pattern.compile("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}")
                .matcher(mails(clerk.get("email"), "招待").get(0).body());
        assertThat(link.find()).isTrue();
        staff = Browser.startNarrow();
        JourneySteps.acceptInvitation(staff, link.group(), clerk.get("name"), "zeimu.kenshu", STAFF_PASSWORD);
        staff.findElement(By.id("name")).sendKeys("zeimu.kenshu");
        staff.findElement(By.id("password")).sendKeys(STAFF_PASSWORD);
        JourneyServer.submit(staff);

        // 私の研修 lists the course, not completed; the course page fits a phone.
        staff.get(SERVER.url("/training"));
        assertThat(Browser.overflowOf(staff)).isNull();
        assertThat(staff.findElement(By.id("assigned")).getText()).contains("全職員向け情報セキュリティ研修").contains("未修了");
        Browser.clickAndWait(staff, By.linkText("令和8年度 全職員向け情報セキュリティ研修"));
        assertThat(staff.findElement(By.id("material")).getText()).contains("会計年度任用職員を含む");
        assertThat(Browser.overflowOf(staff)).isNull();

        // First attempt: every answer wrong.
        answer(staff, right, false);
        assertThat(staff.findElement(By.cssSelector("main .flash")).getText()).contains("不合格").contains("0%");
        assertThat(staff.findElements(By.cssSelector("#attempts li[data-passed='false']"))).hasSize(1);
        assertThat(Browser.overflowOf(staff)).isNull();

        // Second attempt: every answer right; the course is completed.
        answer(staff, right, true);
        assertThat(staff.findElement(By.cssSelector("main .flash")).getText()).contains("合格しました").contains("100%");
        assertThat(staff.findElement(By.id("status")).getText()).contains("修了");
        assertThat(staff.findElements(By.cssSelector("#attempts li"))).hasSize(2);

        // The manager's chart: one more of 税務係 completed.
        manager.get(SERVER.url("/training/campaigns/" + campaignId));
        var after = zeimuBar(manager);
        assertThat(done(after)).isEqualTo(done(before) + 1);
        assertThat(total(after)).isEqualTo(total(before));
    }

    /** Chooses, in each question, the right choice or the first wrong one, and submits. */
    private static void answer(WebDriver browser, Map<String, String> right, boolean correctly) {
        for (WebElement question : browser.findElements(By.cssSelector("#quiz fieldset.question"))) {
            var text = question.findElement(By.tagName("legend")).getText().replaceFirst("^\\d+\\. ", "");
            var correct = right.get(text);
            assertThat(correct).as("question %s", text).isNotNull();
            var choice = question.findElements(By.cssSelector("label.choice")).stream()
                    .filter(l -> l.getText().equals(correct) == correctly).findFirst().orElseThrow();
            choice.findElement(By.tagName("input")).click();
        }
        Browser.clickAndWait(browser, By.id("answer"));
    }

    /** The chart's figures for 税務係, as it writes them: 「税務係 50% (1/2)」. */
    private static String zeimuBar(WebDriver browser) {
        var texts = browser.findElements(By.cssSelector("#completion-chart svg text")).stream().map(WebElement::getText)
                .toList();
        int at = texts.indexOf("税務係");
        assertThat(at).as("税務係 in %s", texts).isNotNegative();
        return texts.get(at) + " " + texts.get(at + 1);
    }

    private static int done(String bar) {
        return Integer.parseInt(bar.replaceAll(".*\\((\\d+)/\\d+\\)$", "$1"));
    }

    private static int total(String bar) {
        return Integer.parseInt(bar.replaceAll(".*\\(\\d+/(\\d+)\\)$", "$1"));
    }

    private static List<TestMailServer.Received> mails(String address, String subjectPart) {
        return SERVER.mail.to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
    }
}
