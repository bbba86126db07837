package jp.mamori.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * What an incident taught about the 緊急時対応計画: the parts of the plan that were used and what should change in
 * it, recorded by the CSIRT at any time of the handling. The policy-review dossier (seed 8) reads the changes.
 *
 * @param incidentId the incident
 * @param title the incident's title, for a line of the dossier
 * @param partsUsed the parts of the plan used, in the CSIRT's words (empty when none was recorded)
 * @param changes what should change in the plan (empty when nothing)
 * @param reviewedAt when this was last recorded, or null when never
 */
public record PlanReview(UUID incidentId, String title, String partsUsed, String changes, Instant reviewedAt) {
}
