package jp.mamori.asset;

/**
 * The kinds of information asset of seed 4(2): networks, information systems, facilities, storage media,
 * information (electronic or printed) and system documents.
 */
public enum AssetKind {
    /** ネットワーク */
    NETWORK("ネットワーク"),
    /** 情報システム */
    INFORMATION_SYSTEM("情報システム"),
    /** 施設・設備 */
    FACILITY("施設"),
    /** 記録媒体 */
    STORAGE_MEDIUM("記録媒体"),
    /** 電子的な情報 */
    ELECTRONIC_INFORMATION("情報（電子）"),
    /** 書面の情報 */
    PRINTED_INFORMATION("情報（書面）"),
    /** システム関連文書 (仕様書, ネットワーク図) */
    SYSTEM_DOCUMENT("システム関連文書");

    private final String japanese;

    AssetKind(String japanese) {
        this.japanese = japanese;
    }

    /** The label used in the import and export layout; the UI uses the message bundle. */
    public String japanese() {
        return japanese;
    }

    /** Whether an asset of this kind holds information assets and so inherits their classes. */
    public boolean holdsInformation() {
        return this == INFORMATION_SYSTEM || this == STORAGE_MEDIUM;
    }

    /** Whether an asset of this kind can be held by a system or medium. */
    public boolean isHeldInformation() {
        return this == ELECTRONIC_INFORMATION || this == SYSTEM_DOCUMENT;
    }

    static AssetKind parse(String text) {
        for (var kind : values()) {
            if (kind.name().equalsIgnoreCase(text) || kind.japanese.equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
