package jp.mamori.kernel;

import java.util.Objects;
import java.util.UUID;

/** The id of a unit as other modules reference it; never null. Immutable. */
public record UnitId(UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "unit id");
    }

    public static UnitId of(UUID value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
