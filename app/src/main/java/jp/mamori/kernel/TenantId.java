package jp.mamori.kernel;

import java.util.Objects;
import java.util.UUID;

/** The id of a tenant as other modules reference it; never null. Immutable. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(UUID value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
