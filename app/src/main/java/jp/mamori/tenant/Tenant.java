package jp.mamori.tenant;

import java.util.Objects;
import java.util.UUID;

/**
 * A read view of a tenant (団体): one municipality or other public body hosted by the installation.
 * Immutable; all components are non-null.
 *
 * @param id the tenant id, {@code tenant_id} on every row it owns
 * @param name for example 「久米南町」
 * @param nameKana for example 「くめなんちょう」
 * @param nameRomaji for example "Kumenan Town"
 * @param code its 全国地方公共団体コード
 * @param scheme the classification scheme edition it follows
 * @param separationModel its network separation model
 * @param mfaForAll true when every account needs a second factor, not only those with security roles
 */
public record Tenant(
        UUID id,
        String name,
        String nameKana,
        String nameRomaji,
        LocalGovernmentCode code,
        ClassificationScheme scheme,
        SeparationModel separationModel,
        boolean mfaForAll) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(nameRomaji, "nameRomaji");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(separationModel, "separationModel");
    }
}
