package jp.mamori.organization;

import java.util.UUID;

/**
 * Published when a staff member's security-role appointments change (appointed, ended, or their unit
 * moved), so that permissions derived from roles can be recomputed.
 */
public record AppointmentsChanged(UUID tenantId, UUID staffId) {
}
