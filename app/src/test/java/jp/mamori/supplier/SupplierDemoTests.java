package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.MutableClock;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.finding.Finding;
import jp.mamori.finding.OpenFindings;
import jp.mamori.tenant.TenantCalendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 久米南町's demo registers: the findings the issue asks for are there (one missing clause, the 約款型 service
 * storing more than it may, the dormant account) and the ISMAP-listed government cloud has none; the registers'
 * pages, exports and reach; the expiry reminders on the tenant's business date as the injected clock moves.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=true")
@AutoConfigureMockMvc
@Import(SupplierTestConfiguration.class)
class SupplierDemoTests {

    @Autowired SupplierManagement management;
    @Autowired SupplierReminders reminders;
    @Autowired OpenFindings open;
    @Autowired TenantCalendar calendar;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    UUID tenant;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        tenant = jdbc.sql("SELECT id FROM tenant WHERE code = '336661'").query(UUID.class).single();
    }

    private java.util.List<Finding> findings() {
        return Actor.system("test").callAs(() -> management.findings(tenant));
    }

    @Test
    void theDemoShowsTheMissingClauseTheOverfilledTermsServiceAndTheDormantAccount() {
        var findings = findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("supplier.CONTRACT_CLAUSE_MISSING"))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject().label()).contains("株式会社 美作ウェブサービス").contains("ホームページ保守");
                    assertThat(f.arguments()).contains("RIGHT_TO_AUDIT", "2");
                });
        assertThat(findings).filteredOn(f -> f.ruleId().equals("supplier.TERMS_OF_SERVICE_CLASS_TWO"))
                .singleElement().satisfies(f -> assertThat(f.subject().label()).contains("Google フォーム"));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("supplier.CLOUD_ABOVE_ALLOWED_CLASS")).hasSize(1);
        assertThat(findings).filteredOn(f -> f.ruleId().equals("supplier.SOCIAL_DORMANT"))
                .singleElement().satisfies(f -> assertThat(f.subject().label()).contains("Facebook"));
        assertThat(findings).filteredOn(f -> f.subject().label().contains("ガバメントクラウド")).isEmpty();
        assertThat(findings).noneMatch(f -> f.ruleId().equals("supplier.SUBCONTRACTOR_NOT_APPROVED"));
        // Published to the finding module for the dashboard and the risk register.
        assertThat(open.of(tenant, SupplierFindings.SOURCE)).extracting(Finding::ruleId)
                .contains("supplier.CONTRACT_CLAUSE_MISSING", "supplier.TERMS_OF_SERVICE_CLASS_TWO", "supplier.SOCIAL_DORMANT");
    }

    @Test
    void markingTheMissingClauseClearsTheFindingAndAStaleVersionIsAConflict() {
        var contract = Actor.system("test").callAs(() -> management.contracts(tenant)).stream()
                .filter(c -> !c.missing().isEmpty()).findFirst().orElseThrow();
        var before = contract.version();
        Actor.system("test").runAs(() -> management.markClauses(tenant, contract.id(), before,
                EnumSet.allOf(SecurityClause.class)));
        try {
            assertThat(findings()).noneMatch(f -> f.ruleId().equals("supplier.CONTRACT_CLAUSE_MISSING"));
            assertThat(open.of(tenant, SupplierFindings.SOURCE))
                    .noneMatch(f -> f.ruleId().equals("supplier.CONTRACT_CLAUSE_MISSING"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Actor.system("test").runAs(
                    () -> management.markClauses(tenant, contract.id(), before, contract.clauses())))
                    .isInstanceOf(jp.mamori.kernel.EditConflict.class);
        } finally {
            Actor.system("test").runAs(() -> management.markClauses(tenant, contract.id(), before + 1,
                    contract.clauses()));
        }
    }

    @Test
    void remindersFollowTheInjectedClockOncePerOccasion() {
        var today = calendar.today(tenant);
        // The vendor's Pマーク expires in 40 days (inside the 60-day notice); its ISMS in a year and a half (outside).
        var now = reminders.occasions(tenant, today);
        assertThat(now).extracting(SupplierReminders.Occasion::key)
                .anyMatch(k -> k.contains(":privacy-mark-"))
                .noneMatch(k -> k.contains(":isms-"))
                .noneMatch(k -> k.contains(":overdue"));
        assertThat(reminders.remindersDue(tenant, today)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.recipient()).contains("@"));

        // Three weeks and a day on, the vendor's check is overdue; the contracts end within the notice near March.
        clock.advance(Duration.ofDays(22));
        var later = reminders.occasions(tenant, calendar.today(tenant));
        assertThat(later).extracting(SupplierReminders.Occasion::key).anyMatch(k -> k.endsWith(":overdue"));
        // The keys name the object and the occasion, not the day of the run: the same on the next day.
        clock.advance(Duration.ofDays(1));
        var nextDay = reminders.occasions(tenant, calendar.today(tenant)).stream()
                .map(SupplierReminders.Occasion::key).toList();
        assertThat(nextDay).containsAll(later.stream().map(SupplierReminders.Occasion::key)
                .filter(k -> k.endsWith(":overdue")).toList());
        var fiscalEnd = Actor.system("test").callAs(() -> management.contracts(tenant)).get(0).endsOn();
        clock.set(calendar.startOf(tenant, fiscalEnd.minusDays(30)).plusSeconds(3600));
        assertThat(reminders.occasions(tenant, calendar.today(tenant))).extracting(SupplierReminders.Occasion::key)
                .anyMatch(k -> k.contains(":ends-" + fiscalEnd));
    }

    @Test
    void registersListSearchExportAndKeepToTheirReach() throws Exception {
        var reader = user(Set.of(Permission.SUPPLIER_VIEW), true, Set.of());
        var page = mvc.perform(get("/suppliers/contractors").with(as(reader))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("株式会社 吉備情報システム").contains("株式会社 美作ウェブサービス");
        var searched = mvc.perform(get("/suppliers/contractors").param("q", "ウェブ").with(as(reader))).andReturn()
                .getResponse().getContentAsString();
        assertThat(searched).contains("株式会社 美作ウェブサービス").doesNotContain("株式会社 吉備情報システム");
        var flagged = mvc.perform(get("/suppliers/cloud").param("only", "findings").with(as(reader))).andReturn()
                .getResponse().getContentAsString();
        assertThat(flagged).contains("Google フォーム").doesNotContain("ガバメントクラウド（AWS）");
        var csv = download("/suppliers/export/social.csv", reader);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("@kumenan_town")
                .contains("最終投稿日");
        var xlsx = download("/suppliers/export/contracts.xlsx", reader);
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

        var web = Actor.system("test").callAs(() -> management.contractors(tenant)).stream()
                .filter(c -> c.name().contains("ウェブ")).findFirst().orElseThrow();
        var detail = mvc.perform(get("/suppliers/contractors/" + web.id()).with(as(reader))).andReturn().getResponse();
        assertThat(detail.getContentAsString()).contains("有限会社 弓削デザイン工房").contains("A-012")
                .contains("委託先を登録");
        // Someone whose SUPPLIER_VIEW reaches only another unit does not see the contractor at all.
        var elsewhere = jdbc.sql("SELECT id FROM org_unit WHERE tenant_id = ? AND code = '1201'").param(tenant)
                .query(UUID.class).single();
        var narrow = user(Set.of(Permission.SUPPLIER_VIEW), false, Set.of(elsewhere));
        assertThat(mvc.perform(get("/suppliers/contractors/" + web.id()).with(as(narrow))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/suppliers/contractors").with(as(narrow))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("株式会社 美作ウェブサービス");
        // Without SUPPLIER_VIEW the registers are closed.
        var none = user(Set.of(Permission.ASSET_VIEW), true, Set.of());
        assertThat(mvc.perform(get("/suppliers/contractors").with(as(none))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void everyPageOfTheRegistersRendersAndTheApiAnswers() throws Exception {
        var editor = user(Set.of(Permission.SUPPLIER_VIEW, Permission.SUPPLIER_EDIT, Permission.ASSET_VIEW), true,
                Set.of());
        var contract = Actor.system("test").callAs(() -> management.contracts(tenant)).get(0);
        var cloud = Actor.system("test").callAs(() -> management.clouds(tenant)).stream()
                .filter(c -> c.termsOfService()).findFirst().orElseThrow();
        var social = Actor.system("test").callAs(() -> management.socials(tenant)).stream()
                .filter(s -> s.platform().equals("Facebook")).findFirst().orElseThrow();
        for (var path : new String[] {"/suppliers/contracts/" + contract.id(), "/suppliers/contractors/new",
                "/suppliers/contracts/new?contractor=" + contract.contractorId(), "/suppliers/cloud/new",
                "/suppliers/social/new", "/suppliers/cloud", "/suppliers/social", "/suppliers/contracts"}) {
            var response = mvc.perform(get(path).with(as(editor))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
        }
        var cloudPage = mvc.perform(get("/suppliers/cloud/" + cloud.id()).with(as(editor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(cloudPage).contains("A-012").contains("data-rule=\"supplier.TERMS_OF_SERVICE_CLASS_TWO\"");
        var socialPage = mvc.perform(get("/suppliers/social/" + social.id()).with(as(editor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(socialPage).contains("id=\"dormant\"").contains("supplier.SOCIAL_DORMANT");
        var json = mvc.perform(get("/api/v1/suppliers/findings").with(as(editor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("supplier.CONTRACT_CLAUSE_MISSING");
        var list = mvc.perform(get("/api/v1/suppliers/cloud").with(as(editor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("\"register\":\"cloud\"").contains("Google フォーム");
    }

    private org.springframework.mock.web.MockHttpServletResponse download(String path, CurrentUser user)
            throws Exception {
        var started = mvc.perform(get(path).with(as(user))).andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn().getResponse();
    }

    private CurrentUser user(Set<Permission> permissions, boolean tenantWide, Set<UUID> units) {
        return new CurrentUser(UUID.randomUUID(), null, tenant, "試験 利用者", permissions, tenantWide, units);
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }
}
