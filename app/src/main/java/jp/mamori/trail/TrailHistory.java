package jp.mamori.trail;

import java.time.OffsetDateTime;
import java.util.UUID;

import jp.mamori.web.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for one object's history (変更履歴), read from the trail entries recorded on it: the page of an
 * asset or a measure shows these, so no module keeps a history table of its own. It checks no permission by itself,
 * on purpose: whoever may view the object may view its history, which is narrower than {@code TRAIL_VIEW} (the whole
 * tenant's trail) — the caller shows it only on a page it has already allowed. Always filtered by tenant.
 * Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class TrailHistory {

    /** How many changes one page of a history shows. */
    public static final int PAGE_SIZE = 50;

    /**
     * One change of the object as its page shows it.
     *
     * @param at when it happened
     * @param actor who made it, by name (a person, a command or a system job)
     * @param action the trail's action code
     * @param summary what changed, as recorded
     */
    public record Change(OffsetDateTime at, String actor, String action, String summary) {
    }

    private final JdbcClient jdbc;

    TrailHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The object's changes, newest first; {@code page} counts from 0. */
    public ResultPage<Change> history(UUID tenantId, String objectType, String objectId, int page) {
        var total = jdbc.sql("SELECT COUNT(*) FROM trail_entry"
                        + " WHERE tenant_id = ? AND object_type = ? AND object_id = ?")
                .params(tenantId, objectType, objectId).query(Long.class).single();
        var changes = jdbc.sql("SELECT occurred_at, actor_name, action, summary FROM trail_entry"
                        + " WHERE tenant_id = ? AND object_type = ? AND object_id = ?"
                        + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(tenantId, objectType, objectId, PAGE_SIZE, (long) Math.max(0, page) * PAGE_SIZE)
                .query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        return new ResultPage<>(changes, Math.max(0, page), PAGE_SIZE, total);
    }
}
