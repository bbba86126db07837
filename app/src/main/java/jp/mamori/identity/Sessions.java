package jp.mamori.identity;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions in the session store, by account. Ending one deletes its row, so the very next
 * request on any app node finds no session. Works in web and command mode alike (plain SQL over Spring
 * Session's tables, indexed by principal name, which is the account id).
 */
@Component
class Sessions {

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One session as its owner sees it. The handle is a hash of the session id: the id itself is a secret
     * and never goes into a page.
     */
    record SessionView(String handle, Instant createdAt, Instant lastAccessAt, boolean current) {
    }

    List<SessionView> of(UUID accountId, String currentSessionId) {
        return jdbc.sql("""
                SELECT session_id, creation_time, last_access_time FROM spring_session
                WHERE principal_name = ? ORDER BY last_access_time DESC""")
                .param(accountId.toString())
                .query((rs, n) -> new SessionView(handle(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3)), rs.getString(1).equals(currentSessionId)))
                .list();
    }

    /** Ends every session of the account; returns how many. */
    int endAll(UUID accountId) {
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(accountId.toString()).update();
    }

    /** Ends the account's sessions except the one making the request. */
    int endOthers(UUID accountId, String currentSessionId) {
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = ? AND session_id <> ?")
                .params(accountId.toString(), currentSessionId).update();
    }

    /** Ends every session of the installation, signed in or not. */
    int endEverything() {
        return jdbc.sql("DELETE FROM spring_session").update();
    }

    static String handle(String sessionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256(sessionId)).substring(0, 10);
    }
}
