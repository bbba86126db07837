package jp.mamori.asset;

/** 可用性: 2 (loss could infringe residents' rights or disrupt stable work) or 1. Same in both schemes. */
public enum Availability {
    LEVEL_2("2"),
    LEVEL_1("1");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Availability parse(String text) {
        if (text == null) {
            return null;
        }
        var t = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).replace("可用性", "");
        for (var v : values()) {
            if (v.name().equals(t) || v.label.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
