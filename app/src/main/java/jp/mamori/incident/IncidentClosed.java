package jp.mamori.incident;

import java.util.UUID;

/**
 * Published when an incident is closed, for the risk module to draft a risk from it later: the incident, its
 * title, the unit it concerns, its cause and the recurrence prevention decided. Immutable.
 */
public record IncidentClosed(UUID tenantId, UUID incidentId, String title, UUID unitId, String cause,
        String prevention) {
}
