package jp.mamori.network;

/** How a declared flow crosses (通信経路の方式). */
enum FlowPath {
    /** Routed traffic, address and port as declared. */
    DIRECT("直接通信", true),
    /** 無害化通信: mail turned into text or files disarmed by a named sanitiser; the connection ends there. */
    SANITISED("無害化", false),
    /** 画面転送: only the screen crosses, no data. */
    SCREEN_TRANSFER("画面転送", false),
    /** A dedicated line (専用線, 閉域網); routed like direct traffic. */
    DEDICATED_LINE("専用線", true);

    private final String japanese;
    private final boolean carriesTraffic;

    FlowPath(String japanese, boolean carriesTraffic) {
        this.japanese = japanese;
        this.carriesTraffic = carriesTraffic;
    }

    String japanese() {
        return japanese;
    }

    /**
     * Whether traffic goes on beyond the flow's end: true for routed paths, false where the connection ends at a
     * sanitiser or a screen-transfer server, which is why paths are followed across routed flows only.
     */
    boolean carriesTraffic() {
        return carriesTraffic;
    }

    static FlowPath parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var t = text.strip();
        for (var p : values()) {
            if (p.name().equalsIgnoreCase(t) || p.japanese.equals(t)) {
                return p;
            }
        }
        return null;
    }
}
