package jp.mamori.kernel;

import java.util.Objects;
import java.util.UUID;

/** The id of a staff as other modules reference it; never null. Immutable. */
public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    public static StaffId of(UUID value) {
        return new StaffId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
