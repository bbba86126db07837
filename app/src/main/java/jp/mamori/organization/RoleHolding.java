package jp.mamori.organization;

import java.util.Objects;
import java.util.UUID;

/**
 * A security role a staff member holds on a given day, from an appointment.
 *
 * @param role the role
 * @param unitId the 部局 or 課 the role is for, or null for a tenant-wide role
 */
public record RoleHolding(SecurityRole role, UUID unitId) {
    public RoleHolding {
        Objects.requireNonNull(role, "role");
    }
}
