package jp.mamori.asset;

import java.util.Objects;
import java.util.UUID;

/**
 * The descriptive part of an information asset, everything but its classification and disposal. Immutable;
 * text is stripped and blank optional text becomes empty. Two equal details mean "nothing changed", which is
 * how a re-import of the same file changes nothing.
 *
 * @param registerNumber 台帳番号, unique within the tenant, for example 「A-0001」
 * @param managerStaffId the 情報セキュリティ管理者 chosen for this asset, or null to follow the owning unit's
 *     appointment
 * @param zone the network zone, or null (paper, facilities outside any network)
 */
public record AssetDetails(
        String registerNumber, String name, String nameKana, AssetKind kind, String description,
        UUID ownerUnitId, UUID managerStaffId, String location, Zone zone, String retention,
        PersonalInformation personal) {

    static final int NAME_MAX = 200;
    static final int NUMBER_MAX = 40;
    static final int TEXT_MAX = 2000;
    static final int SHORT_MAX = 200;

    public AssetDetails {
        registerNumber = required(registerNumber, "registerNumber", NUMBER_MAX);
        name = required(name, "name", NAME_MAX);
        nameKana = optional(nameKana, NAME_MAX * 2);
        Objects.requireNonNull(kind, "kind");
        description = optional(description, TEXT_MAX);
        Objects.requireNonNull(ownerUnitId, "ownerUnitId");
        location = optional(location, SHORT_MAX);
        retention = optional(retention, 100);
        personal = personal == null ? PersonalInformation.NONE : personal;
    }

    private static String required(String value, String what, int max) {
        var v = optional(value, max);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return v;
    }

    private static String optional(String value, int max) {
        var v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException("text longer than " + max + " characters");
        }
        return v;
    }
}
