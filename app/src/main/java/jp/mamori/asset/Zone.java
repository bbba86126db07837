package jp.mamori.asset;

/**
 * The network zone of the three-tier separation (seed 6(2)) an asset lives in. Paper has none (null).
 */
public enum Zone {
    /** マイナンバー利用事務系 */
    MY_NUMBER("マイナンバー利用事務系"),
    /** LGWAN接続系 */
    LGWAN("LGWAN接続系"),
    /** インターネット接続系 */
    INTERNET("インターネット接続系");

    private final String japanese;

    Zone(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    static Zone parse(String text) {
        for (var zone : values()) {
            if (zone.name().equalsIgnoreCase(text) || zone.japanese.equals(text)) {
                return zone;
            }
        }
        return null;
    }
}
