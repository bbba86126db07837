package jp.mamori.organization;

import java.util.UUID;

/**
 * Published when a staff member leaves service or is marked inactive (their active-to date set to a day
 * before today, or removed); the identity module ends that person's sessions.
 */
public record StaffDeactivated(UUID tenantId, UUID staffId) {
}
