package jp.mamori.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.trail.Trail;

import jp.mamori.web.BaseUrl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time setup links (初期設定リンク): how the first administrator — or anyone the operator of the server
 * chooses — gets an account without any built-in account or default password. The token is 256 random bits,
 * stored as SHA-256, valid 24 hours, usable once.
 */
@Service
class SetupLinks {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Trail trail;
    private final Clock clock;
    private final BaseUrl baseUrl;

    SetupLinks(JdbcClient jdbc, Trail trail, Clock clock, BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Makes a new link that is not bound to a tenant — the first run of an installation, before or right after the
     * first tenant exists; the returned address is the only copy of its token.
     */
    @Transactional
    public String create() {
        return create(null);
    }

    /**
     * Makes a new link; with a tenant, the link sets up an administrator of that tenant only (issue 20, finding 4).
     * The returned address is the only copy of its token.
     */
    @Transactional
    public String create(UUID tenantId) {
        var token = Secrets.token();
        var now = clock.instant();
        jdbc.sql("INSERT INTO setup_token (token_hash, tenant_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Secrets.sha256(token), tenantId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY))).update();
        trail.record(tenantId, "identity.setuplink.created", "SetupLink", hashText(token),
                (tenantId == null ? "" : "この団体専用の") + "1回限りの初期設定リンクを作成（有効期限 "
                        + now.plus(VALIDITY) + "）");
        return baseUrl.value() + "/setup/" + token;
    }

    /** The tenant a link is bound to; empty for an unbound first-run link (or an unknown token). */
    Optional<UUID> tenantOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT tenant_id FROM setup_token WHERE token_hash = ?").param(Secrets.sha256(token))
                .query((rs, n) -> Optional.ofNullable(rs.getObject("tenant_id", UUID.class))).optional()
                .flatMap(tenant -> tenant);
    }

    /**
     * Refuses a link that was used or has expired with a message that says so (issue 19), and an unknown one as not
     * found.
     */
    void requireOpen(String token) {
        if (token == null || token.length() != 43) {
            throw new jp.mamori.kernel.NotFound("setup link");
        }
        var state = jdbc.sql("SELECT used_at, expires_at FROM setup_token WHERE token_hash = ?").param(Secrets.sha256(token))
                .query((rs, n) -> rs.getTimestamp("used_at") != null ? "used"
                        : rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant()) ? "open" : "expired")
                .optional().orElseThrow(() -> new jp.mamori.kernel.NotFound("setup link"));
        if (!state.equals("open")) {
            throw new jp.mamori.kernel.Refused("identity.link." + state);
        }
    }

    boolean valid(String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM setup_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(Secrets.sha256(token), Timestamp.from(clock.instant())).query(Long.class).single() == 1;
    }

    /** Marks the token used; true only for the one request that does so. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean consume(String token) {
        return token != null && jdbc.sql("""
                UPDATE setup_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(Timestamp.from(clock.instant()), Secrets.sha256(token), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** A short, non-secret name for a token in the trail. */
    static String hashText(String token) {
        return java.util.HexFormat.of().formatHex(Secrets.sha256(token)).substring(0, 16);
    }
}
