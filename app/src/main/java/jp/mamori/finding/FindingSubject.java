package jp.mamori.finding;

import java.util.Objects;

/**
 * An object a finding is about, named as the trail names objects (the owning module, the type there, the id) with
 * a label for people, such as {@code ("asset", "InformationAsset", "<uuid>", "A-0001 住民記録システム")}. Immutable.
 */
public record FindingSubject(String module, String objectType, String objectId, String label) {

    public FindingSubject {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        label = label == null ? "" : label;
    }
}
