package jp.mamori.audit;

import java.util.UUID;

/**
 * Published when an auditor records a finding, for the policy-review dossier and (later) the risk module's intake.
 * Immutable.
 */
public record AuditFindingRecorded(UUID tenantId, UUID engagementId, UUID findingId, UUID unitId, jp.mamori.finding.Severity severity,
        String condition) {
}
