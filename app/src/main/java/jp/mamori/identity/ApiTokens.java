package jp.mamori.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.trail.Trail;
import jp.mamori.kernel.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (個人用APIトークン) for {@code /api/v1}: {@code mmr_} and 32 random bytes in base64url,
 * stored as SHA-256 only, expiring (90 days unless said otherwise), revocable, shown once when issued.
 */
@Service
class ApiTokens {

    static final String PREFIX = "mmr_";
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Trail trail;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Accounts accounts, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    record TokenView(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        public boolean usable(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** Issues a token; the returned text is the only time it exists outside the holder's hands. */
    @Transactional
    public String issue(Account account, String name, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a token lives 1 to " + MAX_DAYS + " days");
        }
        var label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) {
            label = label.substring(0, 100);
        }
        var token = PREFIX + Secrets.token();
        var id = UUID.randomUUID();
        var now = clock.instant();
        var expires = now.plus(Duration.ofDays(days));
        jdbc.sql("""
                INSERT INTO api_token (id, tenant_id, account_id, name, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, account.tenantId(), account.id(), label, Secrets.sha256(token), Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        trail.record(account.tenantId(), "identity.apitoken.issued", "ApiToken", id.toString(),
                "アカウント " + account.id() + " の API トークン「" + label + "」を発行（有効期限 " + expires + "）");
        return token;
    }

    List<TokenView> of(UUID tenantId, UUID accountId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, revoked_at, last_used_at FROM api_token
                WHERE tenant_id = ? AND account_id = ? ORDER BY created_at DESC""")
                .params(tenantId, accountId)
                .query((rs, n) -> new TokenView(rs.getObject(1, UUID.class), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    @Transactional
    public void revoke(UUID tenantId, UUID accountId, UUID tokenId) {
        var updated = jdbc.sql("""
                UPDATE api_token SET revoked_at = ? WHERE tenant_id = ? AND account_id = ? AND id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), tenantId, accountId, tokenId).update();
        if (updated != 1) {
            throw new NotFound("API token " + tokenId);
        }
        trail.record(tenantId, "identity.apitoken.revoked", "ApiToken", tokenId.toString(), "API トークンを失効");
    }

    /** The account a presented token belongs to, when the token is known, unexpired, unrevoked and the account enabled. */
    Optional<Account> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        var row = jdbc.sql("SELECT id, account_id, expires_at, revoked_at, last_used_at FROM api_token WHERE token_hash = ?")
                .param(Secrets.sha256(presented))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))})
                .optional();
        if (row.isEmpty() || row.get()[3] != null || !now.isBefore((Instant) row.get()[2])) {
            return Optional.empty();
        }
        var lastUsed = (Instant) row.get()[4];
        if (lastUsed == null || lastUsed.isBefore(now.minus(Duration.ofMinutes(5)))) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), row.get()[0]).update();
        }
        return accounts.find((UUID) row.get()[1]).filter(Account::enabled);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
