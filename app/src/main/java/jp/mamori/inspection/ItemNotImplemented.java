package jp.mamori.inspection;

import java.util.UUID;

/**
 * Published when a reviewer accepts a sheet with a 未実施 answer, one event per such answer, so that the risk module
 * can draft a risk from it (a listener on {@code risk.RiskIntake} is left for when risk is on main). Immutable.
 *
 * @param sheetId the answer sheet
 * @param questionId the question answered 未実施
 * @param unitId the respondent's unit when asked
 * @param question the question's text
 * @param measureId the catalogue measure the question comes from, or null for a tenant's own question
 */
public record ItemNotImplemented(UUID tenantId, UUID campaignId, UUID sheetId, UUID questionId, UUID unitId,
        String question, String measureId) {
}
