package jp.mamori.network;

/** What a terminal group lets USB memory and other external media do (外部記録媒体). */
enum ExternalMedia {
    OPEN("制限なし"),
    ALLOW_LISTED("許可した媒体のみ"),
    BLOCKED("禁止");

    private final String japanese;

    ExternalMedia(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
