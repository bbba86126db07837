package jp.mamori.catalog;

import java.util.List;
import java.util.UUID;

import jp.mamori.trail.Trail;
import jp.mamori.trail.TrailHistory;

import org.springframework.stereotype.Component;

/**
 * The 変更履歴 of a measure in a tenant's statement, kept in the trail: the entries recorded on the measure are its
 * history. A change of the statement line records its one entry on the measure itself; this records the changes that
 * concern the measure but whose own entry is on another object (evidence) or on many lines at once (the demo).
 * Thread-safe.
 */
@Component
class MeasureHistory {

    static final String OBJECT_TYPE = "Measure";

    private final Trail trail;
    private final TrailHistory history;

    MeasureHistory(Trail trail, TrailHistory history) {
        this.trail = trail;
        this.history = history;
    }

    /** Records the change on the measure, in the caller's transaction. */
    void record(UUID tenantId, String measureId, String action, String summary) {
        trail.record(tenantId, action, OBJECT_TYPE, measureId, summary);
    }

    /** The newest changes of the measure, newest first. */
    List<TrailHistory.Change> of(UUID tenantId, String measureId) {
        return history.history(tenantId, OBJECT_TYPE, measureId, 0).items();
    }
}
