package jp.mamori.organization;

import java.util.Objects;
import java.util.UUID;

/**
 * A read view of one org unit for other modules: enough to show, filter and match it by code or name.
 * Immutable.
 *
 * @param id the unit id
 * @param parentId the unit above, or null at the top
 * @param code the tenant's own unit code, for example 「120」
 * @param name for example 「税務住民課」
 * @param active false once the unit is abolished
 */
public record UnitSummary(UUID id, UUID parentId, String code, String name, boolean active) {
    public UnitSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
