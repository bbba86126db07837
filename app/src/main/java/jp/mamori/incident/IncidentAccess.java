package jp.mamori.incident;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;

import org.springframework.stereotype.Component;

/**
 * Which incidents the signed-in user reaches: with a permission held tenant-wide, all of them; held for some units,
 * those of the units (an incident of no unit only tenant-wide). An incident outside the reach is not found, so its
 * existence is not disclosed. One place for every incident page.
 */
@Component
class IncidentAccess {

    private final Incidents incidents;

    IncidentAccess(Incidents incidents) {
        this.incidents = incidents;
    }

    /** The incident when the user may see it. */
    Incident readable(UUID id) {
        return reached(id, Permission.INCIDENT_VIEW);
    }

    /** The incident when the user may see and handle it. */
    Incident handleable(UUID id) {
        var incident = readable(id);
        if (!visible(CurrentUser.require(), Permission.INCIDENT_HANDLE, incident)) {
            throw new IncidentNotFound(id);
        }
        return incident;
    }

    static boolean visible(CurrentUser user, Permission permission, Incident incident) {
        return user.reach(permission).unitFilter().isEmpty()
                || incident.unitId() != null && user.can(permission, incident.unitId());
    }

    private Incident reached(UUID id, Permission permission) {
        var user = CurrentUser.require();
        var incident = incidents.get(user.tenantId(), id);
        if (!visible(user, permission, incident)) {
            throw new IncidentNotFound(id);
        }
        return incident;
    }
}
