package jp.mamori.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one-time tokens of create forms and what their first submission led to. A form carries a fresh token
 * ({@code fragments/once :: token}); the first post of it claims the token by inserting its row — a primary key, so
 * of two posts reaching two app nodes at once exactly one wins — and later posts of the same token are answered with
 * the first one's outcome instead of running the use case again. A token is bound to the tenant and account that
 * claimed it. Rows live {@link #LIFETIME}; each claim deletes a bounded number of expired ones, so no scheduler is
 * needed. Thread-safe.
 */
@Component
public class FormSubmissions {

    /** Long enough for a double click, a slow network or the back button; short enough that rows do not pile up. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Expired rows deleted per claim: more than claims made in a {@link #LIFETIME}, so the table stays small. */
    static final int CLEANUP_BATCH = 100;

    /** What a post of a token meets: the token is new, was submitted before (with its outcome once known), or is not the poster's. */
    sealed interface Claim {
        record First() implements Claim {
        }

        record Repeated(Optional<String> outcome) implements Claim {
        }

        record Foreign() implements Claim {
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FormSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static final String SETTLED_AT = FormSubmissions.class.getName() + ".settledAt";

    /**
     * For a create handler that answers with a page instead of a redirect (an invitation's one-time link): where a
     * repeat of its form goes, so that the repeat is recognised rather than run again — and the page not shown twice.
     */
    public static void settledAt(String target) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(SETTLED_AT, target, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** A fresh token for one rendering of a form; nothing is stored until it is posted. */
    public String issue() {
        return UUID.randomUUID().toString();
    }

    /** Claims the token for this account; only one post of a token is ever told {@link Claim.First}. */
    Claim claim(String token, UUID tenantId, UUID accountId) {
        var now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        jdbc.sql("""
                DELETE FROM web_form_submission WHERE token IN (
                    SELECT token FROM web_form_submission WHERE expires_at < ? ORDER BY expires_at LIMIT ?)""")
                .params(now, CLEANUP_BATCH).update();
        try {
            jdbc.sql("""
                    INSERT INTO web_form_submission (token, tenant_id, account_id, claimed_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)""").params(token, tenantId, accountId, now, now.plus(LIFETIME)).update();
            return new Claim.First();
        } catch (DuplicateKeyException taken) {
            return jdbc.sql("SELECT tenant_id, account_id, outcome FROM web_form_submission WHERE token = ?")
                    .param(token)
                    .query((rs, n) -> tenantId.equals(rs.getObject(1, UUID.class)) && accountId.equals(rs.getObject(2, UUID.class))
                            ? (Claim) new Claim.Repeated(Optional.ofNullable(rs.getString(3)))
                            : new Claim.Foreign())
                    .optional()
                    // Released or cleaned up between the insert and the read: still not this post's to run.
                    .orElse(new Claim.Repeated(Optional.empty()));
        }
    }

    /** Where the claimed submission led, for the posts of the same token that follow. */
    void remember(String token, UUID tenantId, String outcome) {
        jdbc.sql("UPDATE web_form_submission SET outcome = ? WHERE token = ? AND tenant_id = ?")
                .params(outcome, token, tenantId).update();
    }

    /** Gives the token back: the submission did not go through (refused, invalid, failed), so it may be posted again. */
    void release(String token, UUID tenantId) {
        jdbc.sql("DELETE FROM web_form_submission WHERE token = ? AND tenant_id = ? AND outcome IS NULL")
                .params(token, tenantId).update();
    }

    /** The outcome of a claimed token, once its first submission has one. */
    Optional<String> outcome(String token, UUID tenantId) {
        return jdbc.sql("SELECT outcome FROM web_form_submission WHERE token = ? AND tenant_id = ?")
                .params(token, tenantId).query(String.class).optional();
    }
}
