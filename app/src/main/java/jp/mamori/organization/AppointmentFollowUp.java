package jp.mamori.organization;

import java.util.List;
import java.util.UUID;

/**
 * What another module does when someone is newly appointed to a security role, implemented there (the training
 * module assigns the role's required courses). The personnel-change batch names the duties in its preview and calls
 * {@link #appointed} in its transaction, so that a failure rolls the batch back. Implementations are thread-safe.
 */
public interface AppointmentFollowUp {

    /** What a new holder of the role must do, for the preview (for example the titles of the required courses). */
    List<String> dutiesOf(UUID tenantId, SecurityRole role);

    /** The person holds the role from today: give them its duties. */
    void appointed(UUID tenantId, UUID staffId, SecurityRole role);
}
