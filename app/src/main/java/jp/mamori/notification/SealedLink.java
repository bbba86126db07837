package jp.mamori.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * A link that must never rest in readable form (an invitation's, for example): the module that owns it queues its mail
 * with {@link #PLACEHOLDER} in the body, and the outbox asks it for a fresh link only at the moment of sending, so
 * that neither the outbox table nor its admin page ever holds a working link (issue 20, finding 1). Implemented by
 * the owning module as a bean; the outbox finds it by the mail's de-duplication key prefix. Implementations must be
 * thread-safe.
 */
public interface SealedLink {

    /** Stands in the stored body for the link; shown masked on the outbox page. */
    String PLACEHOLDER = "[[mamori:sealed-link]]";

    /** The de-duplication key prefix of the mails it serves, for example {@code "identity.invitation:"}. */
    String keyPrefix();

    /**
     * Issues the link for one sending, in its own transaction; earlier links of the same mail stop working. Empty
     * when the thing behind it is no longer open (accepted, revoked, expired): the mail is then given up.
     */
    Optional<String> issue(UUID tenantId, String deduplicationKey);

    /** The mail was given up: whatever link it may have carried stops working at once. */
    void withdrawn(UUID tenantId, String deduplicationKey);
}
