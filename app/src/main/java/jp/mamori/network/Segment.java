package jp.mamori.network;

import java.util.Objects;
import java.util.UUID;

/**
 * A network segment (セグメント) in one {@link Area}. Immutable.
 *
 * @param addresses the address ranges in CIDR notation, separated by commas or spaces; may be empty
 * @param tenantRestricted for a cloud service: access is restricted to the tenant's own tenancy (テナント制限)
 */
record Segment(UUID id, String name, Area area, String addresses, boolean tenantRestricted, String description,
        int version) {

    Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        addresses = addresses == null ? "" : addresses.strip();
        description = description == null ? "" : description;
    }

    /** Whether the addresses name one host only (a /32 or an address without a prefix). */
    boolean singleHost() {
        var parts = addresses.split("[,\\s]+");
        return parts.length == 1 && !parts[0].isEmpty() && (!parts[0].contains("/") || parts[0].endsWith("/32"));
    }
}
