package jp.mamori.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The object a piece of evidence belongs to, named the way the trail names objects: the module that owns it, the
 * object's type there and its id, for example {@code ("catalog", "Measure", "MIC-STD-4.1.2")}. Immutable.
 */
public record EvidenceOwner(String module, String objectType, String objectId) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,39}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,59}");

    public EvidenceOwner {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        if (!NAME.matcher(module).matches() || !TYPE.matcher(objectType).matches() || objectId.isBlank()
                || objectId.length() > 100) {
            throw new IllegalArgumentException("not an evidence owner: " + module + "/" + objectType + "/" + objectId);
        }
    }
}
