package jp.mamori.identity;

import jp.mamori.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresScope;
import jp.mamori.access.ServiceCaller;
import jp.mamori.access.ServiceScope;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.web.Command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Service tokens: machines' credentials, scoped, tenant-bound, revocable, expiring, and never a person's. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityTestConfiguration.class, ServiceTokenTests.GatewayReports.class})
class ServiceTokenTests {

    /** A stand-in for the gateway's report endpoint, which the gateway's own issue builds. */
    @RestController
    static class GatewayReports {
        @GetMapping("/api/v1/test-gateway/{tenantId}")
        @RequiresScope(ServiceScope.GATEWAY_REPORT)
        String report(@PathVariable UUID tenantId) {
            var caller = ServiceCaller.get().orElseThrow();
            if (!caller.actsFor(tenantId)) {
                throw new NotFound("tenant " + tenantId);
            }
            return "reported by " + caller.name();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired ServiceTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired List<Command> commands;

    ServiceTokens.Issued issue(UUID tenantId, int days) {
        return transactions.execute(s -> tokens.issue(tenantId, "ゲートウェイ", EnumSet.of(ServiceScope.GATEWAY_REPORT), days));
    }

    int status(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    @Test
    void aTokenOpensItsScopesEndpointForItsTenantAndIsKeptOnlyAsAHash() throws Exception {
        var tenant = fixture.tenant(false).id();
        var issued = issue(tenant, 30);
        assertThat(issued.token()).startsWith("mms_").hasSize(47);
        var body = mvc.perform(get("/api/v1/test-gateway/" + tenant).header("Authorization", "Bearer " + issued.token()))
                .andReturn().getResponse();
        assertThat(body.getStatus()).isEqualTo(200);
        assertThat(body.getContentAsString()).isEqualTo("reported by ゲートウェイ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_token WHERE token_hash = ?").param(Secrets.sha256(issued.token()))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_token WHERE CAST(scopes AS VARCHAR(500)) LIKE ? OR name LIKE ?")
                .params("%" + issued.token() + "%", "%" + issued.token() + "%").query(Long.class).single()).isZero();
        assertThat(tokens.of(tenant)).singleElement().satisfies(t -> {
            assertThat(t.lastUsedAt()).isNotNull();
            assertThat(t.scopeCodes()).isEqualTo("gateway:report");
        });
        assertThat(trail(issued.id(), "identity.servicetoken.issued")).isEqualTo(1);
    }

    @Test
    void aTokenOfOneTenantDoesNotActForAnotherNorCanAnotherTenantRevokeOrListIt() throws Exception {
        var mine = fixture.tenant(false).id();
        var other = fixture.tenant(false).id();
        var issued = issue(mine, 30);
        assertThat(status("/api/v1/test-gateway/" + other, issued.token())).isEqualTo(404);
        assertThat(tokens.of(other)).isEmpty();
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> tokens.revoke(other, issued.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> tokens.revoke(null, issued.id())))
                .isInstanceOf(NotFound.class);
        assertThat(status("/api/v1/test-gateway/" + mine, issued.token())).isEqualTo(200);
    }

    @Test
    void anInstallationTokenActsForEveryTenant() throws Exception {
        var issued = issue(null, 30);
        assertThat(status("/api/v1/test-gateway/" + fixture.tenant(false).id(), issued.token())).isEqualTo(200);
        assertThat(tokens.of(null)).extracting(ServiceToken::id).contains(issued.id());
    }

    @Test
    void revokedAndExpiredTokensAreRefused() throws Exception {
        var tenant = fixture.tenant(false).id();
        var revoked = issue(tenant, 30);
        transactions.executeWithoutResult(s -> tokens.revoke(tenant, revoked.id()));
        assertThat(status("/api/v1/test-gateway/" + tenant, revoked.token())).isEqualTo(401);
        assertThat(trail(revoked.id(), "identity.servicetoken.revoked")).isEqualTo(1);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> tokens.revoke(tenant, revoked.id())))
                .isInstanceOf(NotFound.class);

        var shortLived = issue(tenant, 1);
        assertThat(status("/api/v1/test-gateway/" + tenant, shortLived.token())).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(status("/api/v1/test-gateway/" + tenant, shortLived.token())).isEqualTo(401);
        assertThat(status("/api/v1/test-gateway/" + tenant, "mms_unknown")).isEqualTo(401);
    }

    @Test
    void aServiceTokenIsNeverAcceptedWhereAPersonIsNeeded() throws Exception {
        var tenant = fixture.tenant(false).id();
        var issued = issue(tenant, 30);
        assertThat(status("/api/v1/me", issued.token())).isEqualTo(403);
        assertThat(status("/api/v1/acknowledgements/campaigns", issued.token())).isEqualTo(403);
        // The web chain does not read bearer tokens at all.
        assertThat(mvc.perform(get("/admin/service-tokens").header("Authorization", "Bearer " + issued.token()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void aPersonIsNeverAcceptedWhereAServiceScopeIsNeeded() throws Exception {
        var tenant = fixture.tenant(false).id();
        var everything = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), tenant, "管理 者",
                EnumSet.allOf(Permission.class), true, Set.of());
        var response = mvc.perform(get("/api/v1/test-gateway/" + tenant).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(everything, null, List.of())))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void issuingNeedsANameAScopeAndALifetimeInRange() {
        var tenant = fixture.tenant(false).id();
        assertThatThrownBy(() -> tokens.issue(tenant, " ", EnumSet.of(ServiceScope.GATEWAY_REPORT), 30))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.name");
        assertThatThrownBy(() -> tokens.issue(tenant, "x", EnumSet.noneOf(ServiceScope.class), 30))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.noScope");
        assertThatThrownBy(() -> tokens.issue(tenant, "x", EnumSet.of(ServiceScope.GATEWAY_REPORT), 367))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.days");
        assertThatThrownBy(() -> ServiceTokens.scopes("gateway:report trail:everything"))
                .isInstanceOf(Refused.class).hasMessageContaining("unknownScope");
    }

    @Test
    void theAdminPageShowsANewTokenOnceAndRevokesOnlyTheTenantsOwn() throws Exception {
        var tenant = fixture.tenant(false).id();
        var admin = as(tenant, Permission.SERVICE_TOKEN_ADMIN);
        var page = mvc.perform(post("/admin/service-tokens").with(csrf()).with(admin).param("name", "本庁舎ゲートウェイ")
                .param("scope", "GATEWAY_REPORT").param("days", "30")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var shown = page.getContentAsString(StandardCharsets.UTF_8);
        var token = shown.replaceAll("(?s).*(mms_[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(token).startsWith("mms_").hasSize(47);
        assertThat(status("/api/v1/test-gateway/" + tenant, token)).isEqualTo(200);
        var list = mvc.perform(get("/admin/service-tokens").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("本庁舎ゲートウェイ", "gateway:report").doesNotContain(token);

        var id = tokens.of(tenant).get(0).id();
        var stranger = as(fixture.tenant(false).id(), Permission.SERVICE_TOKEN_ADMIN);
        assertThat(mvc.perform(post("/admin/service-tokens/" + id + "/revoke").with(csrf()).with(stranger))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/service-tokens").with(as(tenant, Permission.ACCOUNT_ADMIN)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/service-tokens/" + id + "/revoke").with(csrf()).with(admin))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(status("/api/v1/test-gateway/" + tenant, token)).isEqualTo(401);
    }

    @Test
    void theCommandIssuesInstallationTokensListsAndRevokesThem() throws Exception {
        var out = run("issue", "--name", "県クラウド ゲートウェイ", "--scope", "gateway:report", "--days", "10");
        var lines = out.strip().split("\n");
        var id = UUID.fromString(lines[0]);
        assertThat(status("/api/v1/test-gateway/" + fixture.tenant(false).id(), lines[1])).isEqualTo(200);
        assertThat(run("list")).contains(id.toString(), "gateway:report");
        assertThat(run("revoke", "--id", id.toString())).contains("revoked " + id);
        assertThat(status("/api/v1/test-gateway/" + fixture.tenant(false).id(), lines[1])).isEqualTo(401);
        assertThatThrownBy(() -> run("issue", "--name", "x", "--scope", "gateway:nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    String run(String... args) {
        var command = commands.stream().filter(c -> c.name().equals("service-token")).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        var status = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    long trail(UUID tokenId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_id = ? AND action = ?")
                .params(tokenId.toString(), action).query(Long.class).single();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(UUID tenant, Permission permission) {
        var user = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), tenant, "管理 者", EnumSet.of(permission), true,
                Set.of());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }
}
