package jp.mamori.acknowledgement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The confirmations given: who confirmed which campaign's revision, when, with which account — the one thing about
 * reading a revision that the campaign engine does not hold. Every query filters by tenant.
 */
@Component
class Confirmations {

    private final JdbcClient jdbc;

    Confirmations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasConfirmed(UUID tenantId, UUID campaignId, UUID staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM acknowledgement WHERE tenant_id = ? AND campaign_id = ? AND staff_id = ?")
                .params(tenantId, campaignId, staffId).query(Long.class).single() > 0;
    }

    /** Records the confirmation; returns its id, which the campaign item points to. */
    UUID confirm(UUID tenantId, UUID campaignId, UUID staffId, UUID revisionId, UUID accountId, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO acknowledgement (id, tenant_id, campaign_id, staff_id, revision_id, confirmed_at, account_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, campaignId, staffId, revisionId, Timestamp.from(at), accountId)
                .update();
        return id;
    }
}
