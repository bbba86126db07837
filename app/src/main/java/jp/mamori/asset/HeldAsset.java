package jp.mamori.asset;

import java.util.UUID;

/** An information asset held by a system or medium, as far as inheritance needs it. Immutable. */
record HeldAsset(UUID id, String registerNumber, String name, Classification classification) {

    /** For messages: 「住民記録データ（A-0012）」. */
    public String display() {
        return name + "（" + registerNumber + "）";
    }
}
