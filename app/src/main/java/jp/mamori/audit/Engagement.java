package jp.mamori.audit;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * 監査 (個別監査) — one engagement: the audited period, criteria (catalogue measures or the policy's clauses, as
 * text), scope units and auditors, and its state. Immutable.
 */
record Engagement(UUID id, UUID tenantId, String title, LocalDate periodFrom, LocalDate periodTo, String criteria,
        State state, long version, Set<UUID> scope, Set<UUID> auditors) {

    enum State {
        PLANNED,
        FIELDWORK,
        REPORTED
    }

    Engagement {
        scope = Set.copyOf(scope);
        auditors = Set.copyOf(auditors);
    }

    /** 指摘事項 — one finding with its corrective action once opened. */
    record Finding(UUID id, UUID unitId, jp.mamori.finding.Severity severity, String criterion, String condition, String recommendation,
            UUID correctiveActionId, long version) {
    }
}
