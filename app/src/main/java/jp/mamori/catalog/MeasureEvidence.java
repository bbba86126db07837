package jp.mamori.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.evidence.Evidence;
import jp.mamori.evidence.EvidenceChanged;
import jp.mamori.evidence.EvidenceManagement;
import jp.mamori.evidence.EvidenceOwner;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The evidence of measures, kept in the evidence store with the measure as owner ({@code catalog/Measure/<id>});
 * each change also goes into the measure's own history, in the change's transaction. Thread-safe.
 */
@Component
class MeasureEvidence {

    static final String MODULE = "catalog";
    static final String TYPE = "Measure";

    private final EvidenceManagement evidence;
    private final MeasureHistory history;

    MeasureEvidence(EvidenceManagement evidence, MeasureHistory history) {
        this.evidence = evidence;
        this.history = history;
    }

    static EvidenceOwner owner(String measureId) {
        return new EvidenceOwner(MODULE, TYPE, measureId);
    }

    List<Evidence> of(UUID tenantId, String measureId) {
        return evidence.of(tenantId, owner(measureId));
    }

    /** How many pieces of evidence each measure has, by measure id. */
    Map<String, Integer> counts(UUID tenantId) {
        return evidence.counts(tenantId, MODULE, TYPE);
    }

    /** What the upload form says of its limits: the size and the accepted extensions. */
    String maxSize() {
        return evidence.maxSize();
    }

    String extensions() {
        return evidence.extensions();
    }

    @EventListener
    void on(EvidenceChanged changed) {
        if (changed.owner().module().equals(MODULE) && changed.owner().objectType().equals(TYPE)) {
            history.record(changed.tenantId(), changed.owner().objectId(),
                    changed.added() ? "catalog.measure.evidenceAdded" : "catalog.measure.evidenceRemoved",
                    changed.summary());
        }
    }
}
