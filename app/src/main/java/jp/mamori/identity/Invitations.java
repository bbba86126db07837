package jp.mamori.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account_invitation table. Using one up and revoking it are guarded single statements. */
@Repository
class Invitations {

    private static final String COLUMNS = "id, tenant_id, staff_id, invited_by, mailed_to, created_at, expires_at,"
            + " accepted_at, revoked_at, version FROM account_invitation";
    private static final String OPEN = " AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID tenantId, UUID staffId, byte[] tokenHash, String invitedBy, String mailedTo,
            Instant now, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO account_invitation (id, tenant_id, staff_id, token_hash, invited_by, mailed_to, created_at,
                    expires_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, tenantId, staffId, tokenHash, invitedBy, mailedTo, Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();
    }

    Optional<Invitation> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(Invitations::map).optional();
    }

    /** The open invitation behind a token, of whichever tenant. */
    Optional<Invitation> openByToken(byte[] tokenHash, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE token_hash = ?" + OPEN).params(tokenHash, Timestamp.from(now))
                .query(Invitations::map).optional();
    }

    /** The invitation behind a token in whatever state, to say why a link no longer works. */
    Optional<Invitation> byToken(byte[] tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE token_hash = ?").params(tokenHash).query(Invitations::map).optional();
    }

    /** The tenant's open invitations, newest first. */
    List<Invitation> open(UUID tenantId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE tenant_id = ?" + OPEN + " ORDER BY created_at DESC, id")
                .params(tenantId, Timestamp.from(now)).query(Invitations::map).list();
    }

    Set<UUID> staffWithOpenInvitation(UUID tenantId, Instant now) {
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM account_invitation WHERE tenant_id = ?" + OPEN)
                .params(tenantId, Timestamp.from(now)).query(UUID.class).list());
    }

    /** Uses the invitation up; true only for the one request that does so. */
    boolean accept(byte[] tokenHash, UUID accountId, Instant now) {
        return jdbc.sql("UPDATE account_invitation SET accepted_at = ?, account_id = ?, version = version + 1"
                        + " WHERE token_hash = ?" + OPEN)
                .params(Timestamp.from(now), accountId, tokenHash, Timestamp.from(now)).update() == 1;
    }

    /** Gives an open invitation a new token (the old one stops working); false when it is not open. */
    boolean replaceToken(UUID tenantId, UUID id, byte[] tokenHash, Instant now) {
        return jdbc.sql("UPDATE account_invitation SET token_hash = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ?" + OPEN)
                .params(tokenHash, tenantId, id, Timestamp.from(now)).update() == 1;
    }

    /** Revokes an open invitation; false when it was no longer open. */
    boolean revoke(UUID tenantId, UUID id, Instant now) {
        return jdbc.sql("UPDATE account_invitation SET revoked_at = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ?" + OPEN)
                .params(Timestamp.from(now), tenantId, id, Timestamp.from(now)).update() == 1;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("invited_by"), rs.getString("mailed_to"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("revoked_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
