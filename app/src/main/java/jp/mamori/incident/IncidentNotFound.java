package jp.mamori.incident;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No incident with this id in the tenant, or not within the reader's reach. */
public class IncidentNotFound extends NotFound {

    public IncidentNotFound(UUID id) {
        super("incident " + id);
    }
}
