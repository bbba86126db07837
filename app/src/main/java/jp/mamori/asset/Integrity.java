package jp.mamori.asset;

/** 完全性: 2 (alteration could infringe residents' rights or disrupt work) or 1. Same in both schemes. */
public enum Integrity {
    LEVEL_2("2"),
    LEVEL_1("1");

    private final String label;

    Integrity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Integrity parse(String text) {
        if (text == null) {
            return null;
        }
        var t = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).replace("完全性", "");
        for (var v : values()) {
            if (v.name().equals(t) || v.label.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
