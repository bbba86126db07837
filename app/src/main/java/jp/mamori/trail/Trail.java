package jp.mamori.trail;

import java.util.List;
import java.util.UUID;

/**
 * The module API: every state-changing use case calls {@link #record} exactly once, inside its own
 * transaction, so that a rolled-back change leaves no entry and a failed entry rolls the change back.
 * The actor comes from {@link jp.mamori.access.Actor#current()}, the source address and request id
 * from {@link jp.mamori.web.RequestOrigin#current()}. Thread-safe.
 */
public interface Trail {

    /**
     * Appends one entry to the tenant's trail.
     *
     * @param tenantId the tenant the change belongs to, or null for an installation-wide event
     * @param action what happened, as {@code module.object.verb}, for example {@code "organization.unit.created"}
     * @param objectType the kind of object changed, for example {@code "OrgUnit"}
     * @param objectId its id
     * @param summary a short description of the change for people reading the trail (what changed from what
     *     to what); never a secret such as a password or token
     * @throws org.springframework.transaction.IllegalTransactionStateException when no transaction is active
     */
    void record(UUID tenantId, String action, String objectType, String objectId, String summary);

    /**
     * Appends one entry per object, in order, for one change that touches many objects of one kind (an import): each
     * object's history then shows it. Same contract as {@link #record}; object i gets summary i.
     */
    void recordAll(UUID tenantId, String action, String objectType, List<String> objectIds, List<String> summaries);
}
