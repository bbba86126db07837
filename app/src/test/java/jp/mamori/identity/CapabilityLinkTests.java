package jp.mamori.identity;

import jp.mamori.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;

import jp.mamori.DatabaseTest;
import jp.mamori.access.Actor;
import jp.mamori.access.PublicEndpoint;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.kernel.TenantId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Capability links: one purpose, one object, one tenant; expiring, revocable, in the trail. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({IdentityTestConfiguration.class, CapabilityLinkTests.ReviewPage.class})
class CapabilityLinkTests {

    static final String PURPOSE = "audit-review";

    /** A stand-in for the page an audit module serves to an external auditor. */
    @RestController
    static class ReviewPage {
        @Autowired CapabilityLinks links;

        @GetMapping("/links/audit-review/{token}")
        @PublicEndpoint("an external auditor without an account, holding a capability link")
        String show(@PathVariable String token) {
            return links.resolve(token, PURPOSE).map(g -> "engagement " + g.objectId())
                    .orElseThrow(() -> new NotFound("link"));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired IdentityFixture fixture;
    @Autowired MutableClock clock;
    @Autowired CapabilityLinks links;
    @Autowired JdbcClient jdbc;

    TenantId tenant() {
        return TenantId.of(fixture.tenant(false).id());
    }

    CapabilityLinks.IssuedLink issue(TenantId tenant, UUID object, Duration validity) {
        return links.issue(tenant, PURPOSE, object, clock.instant().plus(validity), Actor.command("test"));
    }

    static String token(CapabilityLinks.IssuedLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    @Test
    void aLinkOpensItsPurposesPageForItsObjectWithoutSigningInAndEachUseIsInTheTrail() throws Exception {
        var tenant = tenant();
        var engagement = UUID.randomUUID();
        var link = issue(tenant, engagement, Duration.ofDays(14));
        assertThat(link.url()).matches("http://localhost:8080/links/audit-review/[A-Za-z0-9_-]{43}");
        var page = mvc.perform(get("/links/audit-review/" + token(link))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).isEqualTo("engagement " + engagement);
        assertThat(trail(link.id(), "identity.capabilitylink.issued")).isEqualTo(1);
        assertThat(trail(link.id(), "identity.capabilitylink.used")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor_kind FROM trail_entry WHERE object_id = ? AND action = ?")
                .params(link.id().toString(), "identity.capabilitylink.used").query(String.class).single()).isEqualTo("link");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM capability_link WHERE token_hash = ?").param(Secrets.sha256(token(link)))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(links.of(tenant, PURPOSE, engagement)).singleElement()
                .satisfies(g -> assertThat(g.lastUsedAt()).isNotNull());
    }

    @Test
    void aLinkDoesNotServeAnotherPurpose() {
        var link = issue(tenant(), UUID.randomUUID(), Duration.ofDays(1));
        assertThat(links.resolve(token(link), "contractor-check")).isEmpty();
        assertThat(links.resolve(token(link), PURPOSE)).isPresent();
        assertThat(trail(link.id(), "identity.capabilitylink.used")).isEqualTo(1);
    }

    @Test
    void anExpiredLinkResolvesToNothing() {
        var link = issue(tenant(), UUID.randomUUID(), Duration.ofHours(2));
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(links.resolve(token(link), PURPOSE)).isEmpty();
    }

    @Test
    void aRevokedLinkResolvesToNothingAndOnlyItsTenantRevokesIt() throws Exception {
        var tenant = tenant();
        var object = UUID.randomUUID();
        var link = issue(tenant, object, Duration.ofDays(1));
        var other = tenant();
        assertThatThrownBy(() -> links.revoke(other, link.id())).isInstanceOf(NotFound.class);
        assertThat(links.of(other, PURPOSE, object)).isEmpty();
        assertThat(links.resolve(token(link), PURPOSE)).get().extracting(CapabilityGrant::tenantId).isEqualTo(tenant);

        links.revoke(tenant, link.id());
        assertThat(trail(link.id(), "identity.capabilitylink.revoked")).isEqualTo(1);
        assertThat(links.resolve(token(link), PURPOSE)).isEmpty();
        assertThat(mvc.perform(get("/links/audit-review/" + token(link))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThatThrownBy(() -> links.revoke(tenant, link.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void unknownOrMalformedTokensResolveToNothing() {
        assertThat(links.resolve(null, PURPOSE)).isEmpty();
        assertThat(links.resolve("short", PURPOSE)).isEmpty();
        assertThat(links.resolve(Secrets.token(), PURPOSE)).isEmpty();
    }

    @Test
    void issuingNeedsAPathSafePurposeAndAnExpiryWithinNinetyDays() {
        var tenant = tenant();
        var object = UUID.randomUUID();
        var now = clock.instant();
        assertThatThrownBy(() -> links.issue(tenant, "../admin", object, now.plusSeconds(60), Actor.command("t")))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.purpose");
        assertThatThrownBy(() -> links.issue(tenant, PURPOSE, object, now, Actor.command("t")))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.expiry");
        assertThatThrownBy(() -> links.issue(tenant, PURPOSE, object, now.plus(Duration.ofDays(91)), Actor.command("t")))
                .isInstanceOf(Refused.class).hasMessageContaining("refused.expiry");
    }

    long trail(UUID linkId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM trail_entry WHERE object_id = ? AND action = ?")
                .params(linkId.toString(), action).query(Long.class).single();
    }
}
