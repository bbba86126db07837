package jp.mamori.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.web.TenantZone;
import jp.mamori.web.Times;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.transaction.support.TransactionTemplate;

/** The viewer: only the user's tenant, filters, exports; 403 without the permission. */
@DatabaseTest
// initialize-schema: rendering a page stores the CSRF token in the JDBC session, and no migration creates
// Spring Session's tables on PostgreSQL yet (H2 gets them as an embedded database).
@SpringBootTest(properties = {"mamori.trail.checkpoint.schedule=false", "spring.session.jdbc.initialize-schema=always",
        "mamori.trail.signing-key=${java.io.tmpdir}/mamori-trail-tests/${random.uuid}/trail-ed25519.key"})
@AutoConfigureMockMvc
class TrailControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Trail trail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrailCheckpoints checkpoints;
    @Autowired
    TrailQueries queries;
    @Autowired
    Clock clock;
    @Autowired
    TenantZone zones;

    UUID ours;
    UUID theirs;

    @BeforeEach
    void entriesOfTwoTenants() {
        new TrailTampering(jdbc, transactions, trail).reset();
        ours = UUID.randomUUID();
        theirs = UUID.randomUUID();
        Actor.command("hr-import").runAs(() -> transactions.executeWithoutResult(status -> {
            trail.record(ours, "organization.unit.created", "OrgUnit", "U-1", "総務課を作成");
            trail.record(ours, "organization.unit.renamed", "OrgUnit", "U-1", "名称: 総務課 → 総務企画課");
            trail.record(ours, "identity.account.locked", "Account", "A-1", "=cmd|' /C calc'!A0");
            trail.record(theirs, "organization.unit.created", "OrgUnit", "U-9", "他団体の秘密の課");
        }));
        Actor.system("demo").runAs(() -> transactions.executeWithoutResult(status ->
                trail.record(ours, "organization.staff.added", "Staff", "S-100%", "職員を登録")));
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    CurrentUser user(UUID tenant, Permission... permissions) {
        var set = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
        return new CurrentUser(UUID.randomUUID(), null, tenant, "監査 担当", set, true, Set.of());
    }

    @Test
    void showsOnlyTheUsersTenant() throws Exception {
        mvc.perform(get("/trail").with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名称: 総務課 → 総務企画課")))
                .andExpect(content().string(containsString("organization.staff.added")))
                .andExpect(content().string(containsString("管理コマンド")))
                .andExpect(content().string(not(containsString("他団体の秘密の課"))))
                // with its markup: a bare "U-9" can occur inside the page's random base64url CSRF token
                .andExpect(content().string(not(containsString(">U-9<"))));
        mvc.perform(get("/trail").with(as(user(theirs, Permission.TRAIL_VIEW))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他団体の秘密の課")))
                .andExpect(content().string(containsString(">U-9<")))
                .andExpect(content().string(not(containsString("総務企画課"))));
    }

    @Test
    void showsActionsAsWordsWithTheCodeAndIdOneClickAwayAndSaysWhySequenceNumbersSkip() throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/trail").with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var created = page.select("tbody tr").stream().filter(row -> row.text().contains("総務課を作成")).findFirst()
                .orElseThrow();
        assertThat(created.select("details summary").first().text()).isEqualTo("組織を登録");
        assertThat(created.select("details code").eachText()).contains("organization.unit.created", "U-1");
        assertThat(page.getElementById("trail-seq-note").text()).contains("他の団体の記録は表示しない");
        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/trail").param("lang", "en")
                .with(as(user(ours, Permission.TRAIL_VIEW)))).andReturn().getResponse().getContentAsString());
        assertThat(english.select("details summary").eachText()).contains("Created an org unit");
    }

    @Test
    void aDateThatIsNoDateComesBackOnTheSearchFormWithTheReasonAtTheField() throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/trail").param("from", "2026-02-30").param("who", "監査")
                        .with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("from").val()).isEqualTo("2026-02-30");
        assertThat(page.getElementById("from").attr("aria-describedby")).isEqualTo("from-error");
        assertThat(page.getElementById("from-error").text()).contains("「2026-02-30」は日付として読めません")
                .contains("2026-04-01");
        assertThat(page.getElementById("who").val()).isEqualTo("監査");
        assertThat(page.text()).doesNotContain("しばらく");
        var reversed = org.jsoup.Jsoup.parse(mvc.perform(get("/trail").param("from", "2026-05-02").param("to", "2026-05-01")
                .with(as(user(ours, Permission.TRAIL_VIEW)))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString());
        assertThat(reversed.getElementById("to-error").text()).contains("開始日と同じ日かそれより後");
    }

    @Test
    void aDownloadIsRecordedInTheTrail() throws Exception {
        mvc.perform(get("/trail/export.csv?what=organization.")
                .with(as(user(ours, Permission.TRAIL_VIEW)))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT object_id || ' ' || summary FROM trail_entry WHERE tenant_id = ? AND action = ?")
                .params(ours, TrailedRequests.DOWNLOADED).query(String.class).list())
                .containsExactly("監査証跡.csv /trail/export.csv?what=organization.");
    }

    @Test
    void refusesWithoutThePermission() throws Exception {
        var noTrail = user(ours, Permission.ORGANIZATION_VIEW);
        for (var path : new String[] {"/trail", "/trail/export.csv", "/trail/export.xlsx", "/trail/checkpoint", "/trail/public-key"}) {
            mvc.perform(get(path).with(as(noTrail))).andExpect(status().isForbidden());
        }
        // The installation-wide checkpoint is not a tenant's: TRAIL_VIEW alone does not reach it.
        mvc.perform(get("/trail/checkpoint").with(as(user(ours, Permission.TRAIL_VIEW)))).andExpect(status().isForbidden());
        mvc.perform(get("/trail")).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    }

    @Test
    void filtersByWhoWhatObjectAndWhen() throws Exception {
        var viewer = as(user(ours, Permission.TRAIL_VIEW));
        mvc.perform(get("/trail").param("who", "DEMO").with(viewer))
                .andExpect(content().string(containsString("S-100%")))
                .andExpect(content().string(not(containsString("総務企画課"))));
        mvc.perform(get("/trail").param("what", "organization.unit.").with(viewer))
                .andExpect(content().string(containsString("総務企画課")))
                .andExpect(content().string(not(containsString("S-100%"))))
                .andExpect(content().string(not(containsString("identity.account.locked"))));
        mvc.perform(get("/trail").param("object", "s-100%").with(viewer))
                .andExpect(content().string(containsString("職員を登録")))
                .andExpect(content().string(not(containsString("総務課を作成"))));
        mvc.perform(get("/trail").param("object", "_-1").with(viewer))
                .andExpect(content().string(not(containsString("総務課を作成")))); // "_" is no wildcard
        var today = LocalDate.ofInstant(clock.instant(), Times.DEFAULT_ZONE);
        mvc.perform(get("/trail").param("from", today.toString()).param("to", today.toString()).with(viewer))
                .andExpect(content().string(containsString("総務企画課")));
        mvc.perform(get("/trail").param("to", today.minusDays(1).toString()).with(viewer))
                .andExpect(content().string(not(containsString("総務企画課"))));
        assertThat(queries.count(ours, new TrailFilter(null, null, null, today.plusDays(1), null))).isZero();
        assertThat(queries.count(ours, TrailFilter.none())).isEqualTo(4);
    }

    @Test
    void refusesAMalformedDate() throws Exception {
        mvc.perform(get("/trail").param("from", "令和8年").with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void paginatesFiftyAPage() throws Exception {
        Actor.command("bulk").runAs(() -> transactions.executeWithoutResult(status -> {
            for (var i = 0; i < 60; i++) {
                trail.record(ours, "test.bulk.changed", "Thing", "B-" + i, "一括 " + i);
            }
        }));
        var viewer = as(user(ours, Permission.TRAIL_VIEW));
        mvc.perform(get("/trail").with(viewer))
                .andExpect(content().string(containsString("一括 59")))
                .andExpect(content().string(not(containsString("総務課を作成"))))
                .andExpect(content().string(containsString("ページ 1 / 2（全 64 件）")));
        mvc.perform(get("/trail").param("page", "1").with(viewer))
                .andExpect(content().string(containsString("総務課を作成")))
                .andExpect(content().string(not(containsString("一括 59"))));
        // The shared pager keeps the filters in its links and only adds the page.
        mvc.perform(get("/trail").param("what", "test.bulk").with(viewer))
                .andExpect(content().string(containsString("ページ 1 / 2（全 60 件）")))
                .andExpect(content().string(containsString("what=test.bulk&amp;object=&amp;from=&amp;to=&amp;page=1\"")));
        mvc.perform(get("/trail").param("what", "test.bulk").param("page", "1").with(viewer))
                .andExpect(content().string(containsString("what=test.bulk&amp;object=&amp;from=&amp;to=&amp;page=0\"")))
                .andExpect(content().string(not(containsString("page=2"))));
    }

    @Test
    void exportsTheFilteredListAsCsvAndXlsx() throws Exception {
        var viewer = as(user(ours, Permission.TRAIL_VIEW));
        var csv = mvc.perform(get("/trail/export.csv").param("what", "identity.").with(viewer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF連番,日時（Asia/Tokyo）,\"日時（UTC, ISO 8601）\"");
        // the time column is in the tenant's zone: the same moment as the UTC column, nine hours on
        var cells = csv.lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(cells[1]).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
                .format(java.time.Instant.parse(cells[2]).atZone(java.time.ZoneId.of("Asia/Tokyo"))));
        assertThat(csv).contains("identity.account.locked").contains("'=cmd|' /C calc'!A0").doesNotContain("organization.unit");
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

        var xlsx = mvc.perform(get("/trail/export.xlsx").param("what", "organization.").with(viewer))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("連番");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("日時（Asia/Tokyo）");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var texts = new StringBuilder();
            for (var r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).forEach(cell -> texts.append(cell.toString()).append('|'));
            }
            assertThat(texts.toString()).contains("総務企画課").doesNotContain("他団体").doesNotContain("identity.");
        }
    }

    @Test
    void installationAdministratorsDownloadTheLatestCheckpoint() throws Exception {
        var admin = as(user(ours, Permission.TRAIL_VIEW, Permission.INSTALLATION_ADMIN));
        mvc.perform(get("/trail/checkpoint").with(admin)).andExpect(status().isNotFound());
        checkpoints.makeNow();
        var note = mvc.perform(get("/trail/checkpoint").with(admin))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Checkpoint.parse(note).size()).isEqualTo(5);
        mvc.perform(get("/trail/public-key").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN PUBLIC KEY")));
        mvc.perform(get("/trail").with(admin)).andExpect(content().string(containsString("href=\"/trail/checkpoint\"")));
        mvc.perform(get("/trail").with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(content().string(not(containsString("href=\"/trail/checkpoint\""))));
    }

    @Test
    void theDashboardCountsTodaysEntriesOfTheTenant() throws Exception {
        var figures = TrailMenu.figures(user(ours, Permission.TRAIL_VIEW), queries, clock, zones);
        assertThat(figures).singleElement().satisfies(figure -> {
            assertThat(figure.value()).isEqualTo("4");
            assertThat(figure.link()).startsWith("/trail?from=");
        });
        assertThat(TrailMenu.figures(user(ours, Permission.ORGANIZATION_VIEW), queries, clock, zones)).isEmpty();
        mvc.perform(get("/").with(as(user(ours, Permission.TRAIL_VIEW))))
                .andExpect(content().string(containsString("本日の監査証跡")));
    }
}
