package jp.mamori.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.mamori.web.BaseUrl;
import jp.mamori.access.Actor;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.kernel.TenantId;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capability links (限定リンク) for people without an account — an external auditor, a contractor answering a
 * periodic check: single purpose (a purpose name and one object id), expiring (at most {@link #MAX_VALIDITY}),
 * revocable, the 256-bit token stored only as SHA-256 and shown once as part of the URL. Issue, each use and revoke
 * are in the trail.
 *
 * <p>The module API. A module that owns a purpose issues links, serves its pages under
 * {@code /links/<purpose>/<token>} (open without signing in, {@code @PublicEndpoint}) and calls
 * {@link #resolve(String, String)} with its own purpose on every request: a link of another purpose, expired or
 * revoked resolves to nothing, so a link never opens another purpose's pages. Thread-safe.
 */
@Service
public class CapabilityLinks {

    /** How long a link may live: long enough for an audit's fieldwork, short enough to be forgotten safely. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(90);

    /** A purpose is a path segment: lower-case words joined by hyphens, such as {@code audit-review}. */
    static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final String COLUMNS = "id, tenant_id, purpose, object_id, issued_by, created_at, expires_at,"
            + " revoked_at, last_used_at FROM capability_link";

    private final JdbcClient jdbc;
    private final Trail trail;
    private final Clock clock;
    private final BaseUrl baseUrl;

    CapabilityLinks(JdbcClient jdbc, Trail trail, Clock clock, BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A link just issued: its URL is the only copy of the token, to be handed over once. */
    public record IssuedLink(UUID id, String url) {
        @Override
        public String toString() {
            return "IssuedLink[" + id + "]";
        }
    }

    /**
     * Issues a link; joins the caller's transaction (or starts one).
     *
     * @param expiresAt when the link stops working: in the future, at most {@link #MAX_VALIDITY} from now
     * @param issuedBy who issued it, as the trail names them (usually {@code Actor.current()})
     * @throws Refused {@code identity.capabilityLink.refused.*} for a malformed purpose or an expiry out of range
     */
    @Transactional
    public IssuedLink issue(TenantId tenantId, String purpose, UUID objectId, Instant expiresAt, Actor issuedBy) {
        if (purpose == null || purpose.length() > 40 || !PURPOSE.matcher(purpose).matches()) {
            throw new Refused("identity.capabilityLink.refused.purpose", String.valueOf(purpose));
        }
        var now = clock.instant();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
            throw new Refused("identity.capabilityLink.refused.expiry", MAX_VALIDITY.toDays());
        }
        var token = Secrets.token();
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO capability_link (id, tenant_id, purpose, object_id, token_hash, issued_by, created_at,
                    expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId.value(), purpose, objectId, Secrets.sha256(token), issuedBy.label(),
                        Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        issuedBy.runAs(() -> trail.record(tenantId.value(), "identity.capabilitylink.issued", "CapabilityLink",
                id.toString(), "限定リンク（" + purpose + " " + objectId + "）を発行（有効期限 " + expiresAt + "）"));
        return new IssuedLink(id, baseUrl.value() + "/links/" + purpose + "/" + token);
    }

    /**
     * The grant behind a presented token, when it is a usable link of exactly this purpose; each use is recorded in
     * the trail with the link as the actor.
     */
    @Transactional
    public Optional<CapabilityGrant> resolve(String token, String purpose) {
        if (token == null || token.length() != 43 || purpose == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        var grant = jdbc.sql("SELECT " + COLUMNS + " WHERE token_hash = ? AND purpose = ?")
                .params(Secrets.sha256(token), purpose).query(CapabilityLinks::map).optional()
                .filter(g -> g.usable(now));
        grant.ifPresent(g -> {
            jdbc.sql("UPDATE capability_link SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), g.linkId())
                    .update();
            new Actor("link", g.linkId().toString(), "限定リンク " + g.purpose()).runAs(() -> trail.record(
                    g.tenantId().value(), "identity.capabilitylink.used", "CapabilityLink", g.linkId().toString(),
                    "限定リンク（" + g.purpose() + " " + g.objectId() + "）を使用"));
        });
        return grant;
    }

    /** Revokes a usable link of the tenant; a link of another tenant, or one no longer usable, is not found. */
    @Transactional
    public void revoke(TenantId tenantId, UUID linkId) {
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql("UPDATE capability_link SET revoked_at = ? WHERE tenant_id = ? AND id = ?"
                        + " AND revoked_at IS NULL AND expires_at > ?")
                .params(now, tenantId.value(), linkId, now).update();
        if (updated != 1) {
            throw new NotFound("capability link " + linkId);
        }
        trail.record(tenantId.value(), "identity.capabilitylink.revoked", "CapabilityLink", linkId.toString(),
                "限定リンクを失効");
    }

    /** The tenant's links for one object and purpose, newest first, for the page that issues them. */
    public List<CapabilityGrant> of(TenantId tenantId, String purpose, UUID objectId) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND purpose = ? AND object_id = ?"
                        + " ORDER BY created_at DESC, id")
                .params(tenantId.value(), purpose, objectId).query(CapabilityLinks::map).list();
    }

    private static CapabilityGrant map(ResultSet rs, int row) throws SQLException {
        return new CapabilityGrant(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
                rs.getString("purpose"), rs.getObject("object_id", UUID.class), rs.getString("issued_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
