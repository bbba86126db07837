package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.Tenants;
import jp.mamori.web.Command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20, finding 4: installation operators register a tenant, whose setup link sets up that tenant only; and
 * issue 19: the setup page lets a person find their own staff number.
 */
@DatabaseTest
@SpringBootTest(properties = "mamori.demo=false")
@AutoConfigureMockMvc
@Import(IdentityTestConfiguration.class)
class TenantOnboardingTests {

    static final String PASSWORD = "blue autumn sky over the rice fields";

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired TenantOnboarding onboarding;
    @Autowired SetupLinks links;
    @Autowired Tenants tenants;
    @Autowired List<Command> commands;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired AddressThrottle addresses;

    @BeforeEach
    void freshAddressWindow() {
        addresses.clear();
    }

    static RequestPostProcessor as(UUID tenantId, Set<Permission> permissions) {
        var user = new CurrentUser(UUID.randomUUID(), null, tenantId, "運用 担当", permissions, true, Set.of());
        return authentication(new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.NO_AUTHORITIES));
    }

    static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    long trailEntries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE action = ?").param(action).query(Long.class).single();
    }

    MockHttpServletResponse register(RequestPostProcessor user, String code, String name) throws Exception {
        return mvc.perform(post("/installation/tenants").with(user).with(csrf()).param("code", code).param("name", name)
                .param("nameKana", "かなちょう").param("nameRomaji", "Kana Town").param("scheme", "LEGACY")
                .param("separationModel", "BETA")).andReturn().getResponse();
    }

    @Test
    void aTenantAdministratorCannotReachTheTenantsPage() throws Exception {
        var tenant = fixture.tenant(false);
        var administrator = as(tenant.id(), EnumSet.complementOf(EnumSet.of(Permission.INSTALLATION_ADMIN)));
        assertThat(mvc.perform(get("/installation/tenants").with(administrator)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(register(administrator, LocalGovernmentCode.withCheckDigit("47101").value(), "拒否町").getStatus())
                .isEqualTo(403);
        assertThat(tenants.findByCode(LocalGovernmentCode.withCheckDigit("47101"))).isEmpty();
    }

    @Test
    void anOperatorRegistersATenantAndSeesItsSetupLinkOnce() throws Exception {
        var home = fixture.tenant(false);
        var operator = as(home.id(), EnumSet.of(Permission.INSTALLATION_ADMIN));
        var before = trailEntries("identity.tenant.registered");
        var code = LocalGovernmentCode.withCheckDigit("47102");

        var answer = register(operator, code.value(), "新規町");
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
        var registered = tenants.findByCode(code).orElseThrow();
        assertThat(registered.name()).isEqualTo("新規町");
        assertThat(registered.scheme()).isEqualTo(ClassificationScheme.LEGACY);
        assertThat(registered.separationModel()).isEqualTo(SeparationModel.BETA);
        var link = java.util.regex.Pattern.compile("/setup/([A-Za-z0-9_-]{43})").matcher(answer.getContentAsString());
        assertThat(link.find()).isTrue();
        assertThat(links.tenantOf(link.group(1))).contains(registered.id());
        assertThat(trailEntries("identity.tenant.registered")).isEqualTo(before + 1);

        var list = mvc.perform(get("/installation/tenants").with(operator)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("新規町", code.value()).doesNotContain("/setup/");
    }

    @Test
    void refusesAWrongCheckDigitAndATakenCodeWithAClearMessage() throws Exception {
        var operator = as(fixture.tenant(false).id(), EnumSet.of(Permission.INSTALLATION_ADMIN));
        var code = LocalGovernmentCode.withCheckDigit("47103");
        var wrongDigit = code.value().substring(0, 5) + ((code.value().charAt(5) - '0' + 1) % 10);

        var wrong = register(operator, wrongDigit, "誤記町");
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("団体コード「" + wrongDigit + "」は使えません", "誤記町");
        assertThat(register(operator, code.value(), "先着町").getStatus()).isEqualTo(200);
        var taken = register(operator, code.value(), "後発町");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains("団体コード " + code.value() + " は既に別の団体に登録されています");
        assertThat(tenants.findByCode(code).orElseThrow().name()).isEqualTo("先着町");
    }

    @Test
    void theNewTenantsSetupLinkShowsOnlyThatTenantAndCannotSetUpAnother() throws Exception {
        var other = fixture.tenant(false);
        fixture.staff(other, "B200");
        var registered = Actor.system("test").callAs(() -> onboarding.register(new TenantOnboarding.Application(
                LocalGovernmentCode.withCheckDigit("47104").value(), "専用町", "", "", null, null)));
        var token = tokenOf(registered.setupLink());
        var otherName = tenants.find(other.id()).orElseThrow().name();

        var page = mvc.perform(get("/setup/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("専用町").doesNotContain(otherName);

        var refused = mvc.perform(post("/setup/" + token).with(csrf()).param("tenantId", other.id().toString())
                .param("staffNumber", "B200").param("loginName", "intruder-" + other.code()).param("password", PASSWORD)
                .param("passwordAgain", PASSWORD)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("別の団体のためのもの").doesNotContain(otherName);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE tenant_id = ?").param(other.id()).query(Long.class).single())
                .isZero();
        assertThat(links.valid(token)).isTrue();
    }

    @Test
    void theFirstRunLinkBoundToNoTenantStillListsTheTenants() throws Exception {
        var first = fixture.tenant(false);
        var link = Actor.system("test").callAs(() -> transactions.execute(status -> links.create()));
        assertThat(mvc.perform(get("/setup/" + tokenOf(link))).andReturn().getResponse().getContentAsString())
                .contains(tenants.find(first.id()).orElseThrow().name());
    }

    @Test
    void aPersonFindsTheirStaffNumberWithinTheLinksTenantWhileTheLinkIsOpen() throws Exception {
        var tenant = fixture.tenant(false);
        fixture.staff(tenant, "A777");
        var other = fixture.tenant(false);
        fixture.staff(other, "Z999");
        var token = tokenOf(Actor.system("test").callAs(() -> transactions.execute(status -> links.create(tenant.id()))));

        var found = mvc.perform(get("/setup/" + token + "/staff").param("tenantId", tenant.id().toString())
                .param("q", "山田太郎")).andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains("A777", "総務課").doesNotContain("Z999");
        assertThat(mvc.perform(get("/setup/" + token + "/staff").param("tenantId", tenant.id().toString())
                .param("q", "総務")).andReturn().getResponse().getContentAsString()).contains("A777");
        // Another tenant's staff are out of this link's reach.
        assertThat(mvc.perform(get("/setup/" + token + "/staff").param("tenantId", other.id().toString()).param("q", "山田"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // A used link finds nobody.
        jdbc.sql("UPDATE setup_token SET used_at = expires_at WHERE token_hash = ?").param(Secrets.sha256(token)).update();
        var afterUse = mvc.perform(get("/setup/" + token + "/staff").param("tenantId", tenant.id().toString())
                .param("q", "山田")).andReturn().getResponse();
        assertThat(afterUse.getStatus()).isEqualTo(422);
        assertThat(afterUse.getContentAsString()).doesNotContain("A777");
    }

    @Test
    void theCommandRegistersATenantAndPrintsItsBoundSetupLink() {
        var command = commands.stream().filter(c -> c.group().equals("admin") && c.name().equals("tenant")).findFirst()
                .orElseThrow();
        var out = new ByteArrayOutputStream();
        var code = LocalGovernmentCode.withCheckDigit("47105");
        var status = command.run(List.of("register", "--code", code.value(), "--name", "指令村", "--scheme", "R6_10",
                "--model", "ALPHA_PRIME"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        var lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[0]).isEqualTo("registered 指令村 (" + code.value() + ")");
        assertThat(lines[1]).matches("http://localhost:8080/setup/[A-Za-z0-9_-]{43}");
        var tenant = tenants.findByCode(code).orElseThrow();
        assertThat(tenant.separationModel()).isEqualTo(SeparationModel.ALPHA_PRIME);
        assertThat(links.tenantOf(tokenOf(lines[1]))).contains(tenant.id());
    }

    @Test
    void aNewTenantsFirstAdministratorFoundsItsFirstUnitAndStaffRecordThroughTheSetupLink() throws Exception {
        var registered = Actor.system("test").callAs(() -> onboarding.register(new TenantOnboarding.Application(
                LocalGovernmentCode.withCheckDigit("47106").value(), "新設村", "", "", null, null)));
        var tenantId = registered.tenant().id();
        var token = tokenOf(registered.setupLink());

        // The page of an empty tenant asks for the founder's section and details, not for a staff search.
        var page = mvc.perform(get("/setup/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"founder\"", "name=\"unitName\"", "総務課").doesNotContain("id=\"staffSearch\"");

        // A refusal (passwords that differ) leaves the tenant as empty as it was, and the link open.
        var refused = mvc.perform(post("/setup/" + token).with(csrf()).param("tenantId", tenantId.toString())
                .param("unitName", "総務課").param("staffNumber", "S001").param("name", "村上 一郎")
                .param("nameKana", "むらかみ いちろう").param("email", "murakami@shinsetsu.example.jp")
                .param("loginName", "murakami").param("password", PASSWORD).param("passwordAgain", PASSWORD + "x"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("村上 一郎", "id=\"founder\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff WHERE tenant_id = ?").param(tenantId).query(Long.class).single())
                .isZero();
        assertThat(links.valid(token)).isTrue();

        var created = mvc.perform(post("/setup/" + token).with(csrf()).param("tenantId", tenantId.toString())
                .param("unitName", "総務課").param("staffNumber", "S001").param("name", "村上 一郎")
                .param("nameKana", "むらかみ いちろう").param("email", "murakami@shinsetsu.example.jp")
                .param("loginName", "murakami").param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).isEqualTo("/login/enrol");
        assertThat(jdbc.sql("""
                SELECT s.name || '/' || u.name || '/' || a.login_name || '/' || CASE WHEN a.administrator THEN 'admin' ELSE 'staff' END FROM account a
                JOIN staff s ON s.id = a.staff_id AND s.tenant_id = a.tenant_id
                JOIN org_unit u ON u.id = s.unit_id AND u.tenant_id = s.tenant_id WHERE a.tenant_id = ?""")
                .param(tenantId).query(String.class).single()).isEqualTo("村上 一郎/総務課/murakami/admin");
        assertThat(links.valid(token)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE tenant_id = ? AND action IN "
                + "('organization.unit.created', 'organization.staff.created', 'identity.account.created')")
                .param(tenantId).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aTenantWithAnOrganisationCannotBeFoundedAgain() throws Exception {
        var tenant = fixture.tenant(false);
        fixture.staff(tenant, "A100");
        var token = tokenOf(Actor.system("test").callAs(() -> transactions.execute(status -> links.create(tenant.id()))));
        var page = mvc.perform(get("/setup/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"staffSearch\"").doesNotContain("id=\"founder\"");
        // Founding fields sent anyway make no unit or staff: the staff number must be one that exists.
        var refused = mvc.perform(post("/setup/" + token).with(csrf()).param("tenantId", tenant.id().toString())
                .param("unitName", "裏口課").param("staffNumber", "X999").param("name", "侵入 者")
                .param("loginName", "intruder").param("password", PASSWORD).param("passwordAgain", PASSWORD))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE tenant_id = ? AND name = '裏口課'").param(tenant.id())
                .query(Long.class).single()).isZero();
    }
}
