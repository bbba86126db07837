package jp.mamori.audit;

import java.util.UUID;

import jp.mamori.kernel.NotFound;

/** No engagement with that id in the tenant. */
class EngagementNotFound extends NotFound {
    EngagementNotFound(UUID id) {
        super("audit engagement " + id);
    }
}
