package jp.mamori.correction;

import java.util.Objects;

/**
 * What opened a corrective action, named as the trail names objects: the module, the object's type there and its
 * id, with a label for people, for example {@code ("audit", "AuditFinding", "<uuid>", "指摘 2026-03")}. Immutable.
 */
public record CorrectiveActionSource(String module, String objectType, String objectId, String label) {

    public CorrectiveActionSource {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        label = label == null ? "" : label;
    }
}
