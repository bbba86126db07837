package jp.mamori.network;

import jp.mamori.asset.Zone;

/**
 * Where a segment lies: in one of the tenant's three zones, or outside them (the networks and services the zones
 * talk to). Each external area is one of the destinations seed definitions (8)–(12) name.
 */
enum Area {
    MY_NUMBER(Zone.MY_NUMBER, "マイナンバー利用事務系"),
    LGWAN(Zone.LGWAN, "LGWAN接続系"),
    INTERNET(Zone.INTERNET, "インターネット接続系"),
    /** 総合行政ネットワーク itself. */
    LGWAN_NETWORK(null, "LGWAN"),
    /** 住民基本台帳ネットワークシステム. */
    JUKI_NET(null, "住基ネット"),
    /** 中間サーバー・プラットフォーム. */
    INTERMEDIATE_SERVER(null, "中間サーバー"),
    GOVERNMENT_CLOUD(null, "ガバメントクラウド"),
    /** The prefecture's 自治体情報セキュリティクラウド, through which the Internet side reaches the Internet. */
    SECURITY_CLOUD(null, "自治体情報セキュリティクラウド"),
    THE_INTERNET(null, "インターネット"),
    /** A named cloud service (α' direct access, ISMAP expected). */
    CLOUD_SERVICE(null, "クラウドサービス");

    private final Zone zone;
    private final String japanese;

    Area(Zone zone, String japanese) {
        this.zone = zone;
        this.japanese = japanese;
    }

    /** The zone, or null for an area outside the tenant's zones. */
    Zone zone() {
        return zone;
    }

    String japanese() {
        return japanese;
    }

    /** 住基ネット, 中間サーバー, ガバメントクラウド: the only places マイナンバー利用事務系 may talk to, restricted. */
    boolean trustedPublic() {
        return this == JUKI_NET || this == INTERMEDIATE_SERVER || this == GOVERNMENT_CLOUD;
    }

    /** The Internet side: the インターネット接続系 and everything reached through it. */
    boolean internetSide() {
        return this == INTERNET || this == SECURITY_CLOUD || this == THE_INTERNET || this == CLOUD_SERVICE;
    }

    /** The LGWAN side: the LGWAN接続系 and LGWAN itself. */
    boolean lgwanSide() {
        return this == LGWAN || this == LGWAN_NETWORK;
    }

    static Area parse(String text) {
        if (text == null) {
            return null;
        }
        var t = text.strip();
        for (var a : values()) {
            if (a.name().equalsIgnoreCase(t) || a.japanese.equals(t)) {
                return a;
            }
        }
        return null;
    }
}
