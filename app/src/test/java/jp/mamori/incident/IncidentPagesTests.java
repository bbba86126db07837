package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CSIRT's pages beyond the steps: correcting the facts derives the obligations again (and a stale form is
 * refused, not applied over someone else's change), the reminders of reports due, the emergency contact list from
 * the appointments, the yearly statistics and the printable report.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
class IncidentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Incidents incidents;
    @Autowired TenantCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired IncidentReminders reminders;

    UUID town;
    UUID soumu;
    UUID incident;
    RequestPostProcessor csirt;

    @BeforeEach
    void setUp() {
        town = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
        soumu = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '100'").param(town)
                .query(UUID.class).single();
        var today = calendar.today(town);
        incident = Actor.system("test").callAs(() -> incidents.report(town, soumu, "内線 100", null,
                new IncidentFacts("名簿を誤って送付 " + UUID.randomUUID(), "詳細", today, "名簿", true, 99, false, false,
                        false, false, false)));
        var user = new CurrentUser(UUID.randomUUID(), null, town, "CSIRT 担当", Set.of(Permission.INCIDENT_VIEW,
                Permission.INCIDENT_HANDLE), true, Set.of());
        csirt = authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    @Test
    void correctingTheCountOnThePageBringsTheCommissionsObligation() throws Exception {
        assertThat(incidents.get(town, incident).activeObligations()).isEmpty();
        var corrected = mvc.perform(post("/incidents/" + incident + "/facts").with(csirt).with(csrf())
                        .param("version", "0").param("title", "名簿を誤って送付").param("discoveredOn",
                                calendar.today(town).toString()).param("personalData", "true")
                        .param("peopleAffected", "150"))
                .andReturn().getResponse();
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/incidents/" + incident);
        var after = incidents.get(town, incident);
        assertThat(after.facts().peopleAffected()).isEqualTo(150);
        assertThat(after.activeObligations()).extracting(TrackedObligation::body).contains(ReportingBody.PPC);
        var page = mvc.perform(get("/incidents/" + incident).with(csirt)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("個人情報保護委員会").contains("報告義務を再判定");

        // The same form again, still at version 0: refused as a conflict, the facts stay as corrected.
        var stale = mvc.perform(post("/incidents/" + incident + "/facts").with(csirt).with(csrf())
                        .param("version", "0").param("title", "名簿を誤って送付").param("peopleAffected", "10"))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(incidents.get(town, incident).facts().peopleAffected()).isEqualTo(150);
    }

    @Test
    void aDayAfterTodayIsRefusedWithTheReasonOnThePage() throws Exception {
        var refused = mvc.perform(post("/incidents/" + incident + "/facts").with(csirt).with(csrf())
                        .param("version", "0").param("title", "名簿を誤って送付")
                        .param("discoveredOn", calendar.today(town).plusDays(1).toString()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"problem\"");
        assertThat(incidents.get(town, incident).version()).isZero();
    }

    @Test
    void theCsirtIsRemindedOfAReportDueSoonThenOverdueAndNotOnceItIsSent() {
        var today = calendar.today(town);
        var leak = Actor.system("test").callAs(() -> incidents.report(town, soumu, "内線 100", null,
                new IncidentFacts("USBメモリを紛失 " + UUID.randomUUID(), "詳細", today, "USB", true, 150, false, false,
                        false, false, true)));
        var preliminary = ":PPC:PRELIMINARY:";
        // 速報 due in three days: nothing today, "due soon" the day before it is due, "overdue" after it.
        assertThat(keys(today, leak)).noneMatch(k -> k.contains(preliminary));
        assertThat(keys(today.plusDays(2), leak)).isNotEmpty().allMatch(k -> k.contains(preliminary + "due-soon"));
        assertThat(keys(today.plusDays(4), leak)).isNotEmpty().allMatch(k -> k.contains(preliminary + "overdue"));
        var mail = reminders.remindersDue(town, today.plusDays(4)).stream()
                .filter(m -> m.deduplicationKey().startsWith("incident:" + leak + ":PPC:")).findFirst().orElseThrow();
        assertThat(mail.subject()).contains("個人情報保護委員会").contains("速報").contains("期限を過ぎています");
        assertThat(mail.body()).contains("/incidents/" + leak).doesNotContain("USBメモリを紛失");

        Actor.system("test").runAs(() -> incidents.recordSent(town, leak, 0, ReportingBody.PPC, ReportStage.PRELIMINARY,
                "委員会の報告フォームから送信"));
        assertThat(keys(today.plusDays(4), leak)).noneMatch(k -> k.contains(preliminary));
        // The 確報 (30 days) comes up in its turn.
        assertThat(keys(today.plusDays(29), leak)).isNotEmpty().allMatch(k -> k.contains(":PPC:FINAL:due-soon"));
    }

    @Test
    void theEmergencyContactListFollowsTheAppointmentsInEscalationOrder() throws Exception {
        var staff = authentication(new UsernamePasswordAuthenticationToken(new CurrentUser(UUID.randomUUID(), null,
                town, "職員", Set.of(), true, Set.of()), null, AuthorityUtils.NO_AUTHORITIES));
        var page = mvc.perform(get("/incidents/contacts").with(staff)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        var ciso = html.indexOf("data-role=\"CISO\"");
        var csirt = html.indexOf("data-role=\"CSIRT_MEMBER\"");
        var manager = html.indexOf("data-role=\"SECTION_SECURITY_MANAGER\"");
        assertThat(ciso).isPositive();
        assertThat(csirt).isGreaterThan(ciso);
        assertThat(manager).isGreaterThan(csirt);
        // A new appointment is on the list at once: nothing to keep up to date by hand.
        var holders = jdbc.sql("SELECT COUNT(*) FROM appointment WHERE tenant_id = ? AND role = 'CSIRT_MEMBER'"
                + " AND (ends_on IS NULL OR ends_on >= ?)").params(town, calendar.today(town)).query(Long.class).single();
        assertThat(html.split("data-role=\"CSIRT_MEMBER\"", -1).length - 1).isEqualTo(holders.intValue());
    }

    @Test
    void theYearsStatisticsCountTheReportsAndTheTimeToContainment() throws Exception {
        var before = mvc.perform(get("/incidents/statistics").with(csirt)).andReturn().getResponse()
                .getContentAsString();
        int reported = figure(before, "reported");
        var extra = Actor.system("test").callAs(() -> incidents.report(town, soumu, "内線", null,
                new IncidentFacts("統計用 " + UUID.randomUUID(), "詳細", calendar.today(town), "PC", false, 0, false,
                        false, false, false, true)));
        Actor.system("test").runAs(() -> {
            incidents.triage(town, extra, 0, "中");
            incidents.advance(town, extra, 1, IncidentState.INVESTIGATING);
            incidents.advance(town, extra, 2, IncidentState.CONTAINED);
        });
        var after = mvc.perform(get("/incidents/statistics").with(csirt)).andReturn().getResponse()
                .getContentAsString();
        assertThat(figure(after, "reported")).isEqualTo(reported + 1);
        assertThat(after).containsPattern("id=\"to-containment\">[0-9.]+ 日");
        // A 課's manager would learn other units' counts: the figures need a tenant-wide view.
        var manager = authentication(new UsernamePasswordAuthenticationToken(new CurrentUser(UUID.randomUUID(), null,
                town, "管理者", Set.of(Permission.INCIDENT_VIEW), false, Set.of(soumu)), null,
                AuthorityUtils.NO_AUTHORITIES));
        assertThat(mvc.perform(get("/incidents/statistics").with(manager)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void theReportPrintsWithoutFormsAndDownloadsAsAWorkbook() throws Exception {
        var title = incidents.get(town, incident).facts().title();
        var print = mvc.perform(get("/incidents/" + incident + "/print").with(csirt)).andReturn().getResponse();
        assertThat(print.getStatus()).isEqualTo(200);
        assertThat(print.getContentAsString()).contains(title).contains("インシデント報告書")
                .doesNotContain("/incidents/" + incident + "/facts").doesNotContain("/incidents/" + incident + "/triage");
        var started = mvc.perform(get("/incidents/" + incident + "/report.xlsx").with(csirt)).andReturn();
        var xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("概要");
            assertThat(book.getSheet("経過").getLastRowNum()).isGreaterThanOrEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains(title);
        }
        var outside = authentication(new UsernamePasswordAuthenticationToken(new CurrentUser(UUID.randomUUID(), null,
                town, "管理者", Set.of(Permission.INCIDENT_VIEW), false, Set.of(UUID.randomUUID())), null,
                AuthorityUtils.NO_AUTHORITIES));
        assertThat(mvc.perform(get("/incidents/" + incident + "/report.xlsx").with(outside)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void thePlanReviewIsRecordedAndReadByThePolicyReview() throws Exception {
        var page = mvc.perform(get("/incidents/" + incident).with(csirt)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"plan-document\"");
        assertThat(mvc.perform(post("/incidents/" + incident + "/plan").with(csirt).with(csrf()).param("version", "0")
                        .param("partsUsed", "連絡網、初動の手順").param("changes", "誤送付のときの本人への連絡手順を加える"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/incidents/" + incident);
        var today = calendar.today(town);
        assertThat(incidents.planChanges(town, today.minusDays(1), today)).extracting(PlanReview::incidentId)
                .contains(incident);
        assertThat(incidents.planChanges(town, today.plusDays(1), today.plusDays(2))).extracting(PlanReview::incidentId)
                .doesNotContain(incident);
        assertThat(mvc.perform(get("/incidents/" + incident).with(csirt)).andReturn().getResponse()
                .getContentAsString()).contains("誤送付のときの本人への連絡手順を加える");
        // The form at the old version is refused: the review does not overwrite someone else's.
        assertThat(mvc.perform(post("/incidents/" + incident + "/plan").with(csirt).with(csrf()).param("version", "0")
                .param("changes", "別の提案")).andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void theCsirtNotesTasksEvidenceAndEscalatesFromTheIncidentsPage() throws Exception {
        var path = "/incidents/" + incident;
        mvc.perform(post(path + "/note").with(csirt).with(csrf()).param("kind", "decision")
                .param("text", "本人への通知を先に行うと判断"));
        mvc.perform(post(path + "/task").with(csirt).with(csrf()).param("title", "送付先に回収を依頼する")
                .param("ownerUnit", soumu.toString()).param("due", calendar.today(town).plusDays(3).toString()));
        var file = new org.springframework.mock.web.MockMultipartFile("file", "経過メモ.txt", "text/plain",
                "10:05 送付先に電話".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path + "/evidence")
                .file(file).param("title", "電話の記録").with(csirt).with(csrf()));
        var escalated = mvc.perform(post(path + "/escalate").with(csirt).with(csrf()).param("to", "CISO"))
                .andReturn();
        assertThat(escalated.getFlashMap().get("flash")).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE tenant_id = ? AND dedup_key LIKE ?")
                .params(town, "incident:" + incident + ":escalated:CISO:%").query(Long.class).single()).isPositive();

        var page = mvc.perform(get(path).with(csirt)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("判断: 本人への通知を先に行うと判断").contains("送付先に回収を依頼する")
                .contains("電話の記録").contains("上申: CISO");
        var evidenceId = jdbc.sql("SELECT id FROM evidence_item WHERE tenant_id = ? AND owner_id = ?")
                .params(town, incident.toString()).query(UUID.class).single();
        var started = mvc.perform(get(path + "/evidence/" + evidenceId).with(csirt)).andReturn();
        var download = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(started)).andReturn().getResponse();
        assertThat(download.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("10:05 送付先に電話");
        // Another incident's evidence path does not lead to this file.
        var other = Actor.system("test").callAs(() -> incidents.report(town, soumu, "内線", null, new IncidentFacts(
                "別件 " + UUID.randomUUID(), "", calendar.today(town), "", false, 0, false, false, false, false, false)));
        assertThat(mvc.perform(get("/incidents/" + other + "/evidence/" + evidenceId).with(csirt)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        // A task without a due date is refused with the reason, and nothing is opened.
        var refused = mvc.perform(post(path + "/task").with(csirt).with(csrf()).param("title", "期限なし")
                .param("ownerUnit", soumu.toString())).andReturn();
        assertThat(refused.getFlashMap().get("problem")).asString().contains("期限");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM corrective_action WHERE tenant_id = ? AND source_id = ?")
                .params(town, incident.toString()).query(Long.class).single()).isEqualTo(1);
    }

    /** The demo town is shared by every test of the run: its settings go back to the defaults afterwards. */
    @org.junit.jupiter.api.AfterEach
    void defaultSettings() {
        jdbc.sql("DELETE FROM incident_settings WHERE tenant_id = ?").param(town).update();
    }

    @Test
    void theTenantsScaleAndDeadlinesAreItsOwnAndGovernTriageAndNewReports() throws Exception {
        var saved = mvc.perform(post("/incidents/settings").with(csirt).with(csrf()).param("version", "-1")
                .param("scale", "レベル4\nレベル3\nレベル2\nレベル1").param("preliminaryDays", "5")
                .param("finalDays", "30").param("finalDaysMalice", "60")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/incidents/settings");
        var page = mvc.perform(get("/incidents/" + incident).with(csirt)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"レベル4\">").doesNotContain("<option value=\"高\">");
        // A severity outside the scale is refused with the scale in the reason.
        var refused = mvc.perform(post("/incidents/" + incident + "/triage").with(csirt).with(csrf())
                .param("version", "0").param("severity", "高")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("レベル4・レベル3・レベル2・レベル1");
        // A new report's 速報 is due after the tenant's five days.
        var today = calendar.today(town);
        var leak = Actor.system("test").callAs(() -> incidents.report(town, soumu, "内線", null, new IncidentFacts(
                "設定後の報告 " + UUID.randomUUID(), "", today, "", true, 150, false, false, false, false, false)));
        assertThat(incidents.get(town, leak).activeObligations().get(0).preliminaryDue()).isEqualTo(today.plusDays(5));
        // Deadlines that do not grow are refused; a stale form is a conflict.
        assertThat(mvc.perform(post("/incidents/settings").with(csirt).with(csrf()).param("version", "0")
                .param("scale", "高\n低").param("preliminaryDays", "40").param("finalDays", "30")
                .param("finalDaysMalice", "60")).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/incidents/settings").with(csirt).with(csrf()).param("version", "-1")
                .param("scale", "高\n低").param("preliminaryDays", "3").param("finalDays", "30")
                .param("finalDaysMalice", "60")).andReturn().getResponse().getStatus()).isEqualTo(409);
        // The settings concern every unit: a handler for one 課 cannot change them.
        var unitHandler = authentication(new UsernamePasswordAuthenticationToken(new CurrentUser(UUID.randomUUID(),
                null, town, "管理者", Set.of(Permission.INCIDENT_VIEW, Permission.INCIDENT_HANDLE), false, Set.of(soumu)),
                null, AuthorityUtils.NO_AUTHORITIES));
        assertThat(mvc.perform(get("/incidents/settings").with(unitHandler)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static int figure(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\">([0-9]+)<").matcher(html);
        assertThat(m.find()).as("figure " + id).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The keys of the commission's (PPC) reminders for the incident; the prefecture's come alongside. */
    private java.util.List<String> keys(java.time.LocalDate day, UUID incident) {
        return reminders.remindersDue(town, day).stream().map(m -> m.deduplicationKey())
                .filter(k -> k.startsWith("incident:" + incident + ":PPC:")).toList();
    }
}
