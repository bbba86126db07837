package jp.mamori.kernel;

import java.util.Objects;
import java.util.UUID;

/** The id of a policy revision as other modules reference it; never null. Immutable. */
public record RevisionId(UUID value) {

    public RevisionId {
        Objects.requireNonNull(value, "revision id");
    }

    public static RevisionId of(UUID value) {
        return new RevisionId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
