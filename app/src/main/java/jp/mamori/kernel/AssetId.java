package jp.mamori.kernel;

import java.util.Objects;
import java.util.UUID;

/** The id of a asset as other modules reference it; never null. Immutable. */
public record AssetId(UUID value) {

    public AssetId {
        Objects.requireNonNull(value, "asset id");
    }

    public static AssetId of(UUID value) {
        return new AssetId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
