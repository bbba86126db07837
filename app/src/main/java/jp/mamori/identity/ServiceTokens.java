package jp.mamori.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.ServiceCaller;
import jp.mamori.access.ServiceScope;
import jp.mamori.kernel.NotFound;
import jp.mamori.kernel.Refused;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tokens (サービストークン) for machines that report to the app, such as the mail gateway: {@code mms_} and 32
 * random bytes in base64url, stored as SHA-256 only, shown once when issued, named, with explicit scopes, of one
 * tenant or of the whole installation, expiring (at most a year), revocable, with the time of last use. They belong
 * to no person: a service token opens only {@code @RequiresScope} endpoints, never a person's. Issue and revoke are
 * in the trail. Thread-safe.
 */
@Service
class ServiceTokens {

    static final String PREFIX = "mms_";
    static final int DEFAULT_DAYS = 365;
    static final int MAX_DAYS = 366;
    /** Last use is written at most this often per token, so a busy gateway does not write a row per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    private static final String COLUMNS = "id, tenant_id, name, scopes, issued_by, created_at, expires_at, revoked_at,"
            + " last_used_at FROM service_token";

    private final JdbcClient jdbc;
    private final Trail trail;
    private final Clock clock;

    ServiceTokens(JdbcClient jdbc, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    /** A token just issued: the only moment its text exists outside the machine that will hold it. */
    record Issued(UUID id, String token) {
        @Override
        public String toString() {
            return "Issued[" + id + "]";
        }
    }

    /**
     * Issues a token.
     *
     * @param tenantId the tenant it acts for, or null for the installation (the server's own command only)
     * @throws Refused {@code identity.serviceToken.*} for a blank name, no scope or a lifetime out of range
     */
    @Transactional
    public Issued issue(UUID tenantId, String name, Set<ServiceScope> scopes, int days) {
        var label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new Refused("identity.serviceToken.refused.name", 100);
        }
        if (scopes.isEmpty()) {
            throw new Refused("identity.serviceToken.refused.noScope");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new Refused("identity.serviceToken.refused.days", MAX_DAYS);
        }
        var token = PREFIX + Secrets.token();
        var id = UUID.randomUUID();
        var now = clock.instant();
        var expires = now.plus(Duration.ofDays(days));
        var view = new ServiceToken(id, tenantId, label, scopes, Actor.current().label(), now, expires, null, null);
        jdbc.sql("""
                INSERT INTO service_token (id, tenant_id, name, scopes, token_hash, issued_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, label, view.scopeCodes(), Secrets.sha256(token), view.issuedBy(),
                        Timestamp.from(now), Timestamp.from(expires))
                .update();
        trail.record(tenantId, "identity.servicetoken.issued", "ServiceToken", id.toString(), "サービストークン「" + label
                + "」（" + view.scopeCodes() + "）" + (tenantId == null ? "を設置全体に" : "を")
                + "発行（有効期限 " + expires + "）");
        return new Issued(id, token);
    }

    /** The tenant's tokens, or the installation's when {@code tenantId} is null; newest first. */
    List<ServiceToken> of(UUID tenantId) {
        var where = tenantId == null ? " WHERE tenant_id IS NULL" : " WHERE tenant_id = ?";
        var query = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY created_at DESC, id");
        return (tenantId == null ? query : query.param(tenantId)).query(ServiceTokens::map).list();
    }

    /** Revokes a usable token of that tenant (or of the installation when null); a token of another is not found. */
    @Transactional
    public void revoke(UUID tenantId, UUID tokenId) {
        var where = tenantId == null ? "tenant_id IS NULL" : "tenant_id = ?";
        var params = new java.util.ArrayList<Object>(List.of(Timestamp.from(clock.instant()), tokenId));
        if (tenantId != null) {
            params.add(tenantId);
        }
        var updated = jdbc.sql("UPDATE service_token SET revoked_at = ? WHERE id = ? AND " + where
                + " AND revoked_at IS NULL").params(params).update();
        if (updated != 1) {
            throw new NotFound("service token " + tokenId);
        }
        trail.record(tenantId, "identity.servicetoken.revoked", "ServiceToken", tokenId.toString(),
                "サービストークンを失効");
    }

    /** The machine a presented token stands for, when the token is known, unexpired and unrevoked. */
    Optional<ServiceCaller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        var token = jdbc.sql("SELECT " + COLUMNS + " WHERE token_hash = ?").param(Secrets.sha256(presented))
                .query(ServiceTokens::map).optional().filter(t -> t.usable(now));
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION)))
                .ifPresent(t -> jdbc.sql("UPDATE service_token SET last_used_at = ? WHERE id = ?")
                        .params(Timestamp.from(now), t.id()).update());
        return token.map(t -> new ServiceCaller(t.id(), t.name(), t.tenantId(), t.scopes()));
    }

    /** The scopes named by their codes; an unknown code is refused with its text. */
    static Set<ServiceScope> scopes(String codes) {
        var scopes = EnumSet.noneOf(ServiceScope.class);
        for (var code : codes.split("[\\s,]+")) {
            if (!code.isEmpty()) {
                scopes.add(ServiceScope.ofCode(code)
                        .orElseThrow(() -> new Refused("identity.serviceToken.refused.unknownScope", code)));
            }
        }
        return scopes;
    }

    private static ServiceToken map(ResultSet rs, int row) throws SQLException {
        var scopes = EnumSet.noneOf(ServiceScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ServiceScope::ofCode).flatMap(Optional::stream)
                .forEach(scopes::add);
        return new ServiceToken(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("name"), scopes, rs.getString("issued_by"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
