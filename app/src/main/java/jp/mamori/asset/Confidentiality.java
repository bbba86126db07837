package jp.mamori.asset;

import jp.mamori.tenant.ClassificationScheme;

/**
 * 機密性: the confidentiality class of an information asset, in one of the two schemes of the guideline.
 * The legacy scheme has 3/2/1; the R6.10 scheme 自治体機密性 3A/3B/3C/2/1.
 *
 * <p>{@link #severity()} orders classes across both schemes so that inheritance can take "the highest":
 * 3A and legacy 3 are both 秘密文書 level (5); 3B and 3C sit between it and 2. The order of 3A/3B/3C is our
 * modelling choice (the guideline names them as tiers of "3"), kept in this one place.
 */
public enum Confidentiality {
    LEGACY_3(ClassificationScheme.LEGACY, "3", 5),
    LEGACY_2(ClassificationScheme.LEGACY, "2", 2),
    LEGACY_1(ClassificationScheme.LEGACY, "1", 1),
    R6_3A(ClassificationScheme.R6_10, "3A", 5),
    R6_3B(ClassificationScheme.R6_10, "3B", 4),
    R6_3C(ClassificationScheme.R6_10, "3C", 3),
    R6_2(ClassificationScheme.R6_10, "2", 2),
    R6_1(ClassificationScheme.R6_10, "1", 1);

    private final ClassificationScheme scheme;
    private final String label;
    private final int severity;

    Confidentiality(ClassificationScheme scheme, String label, int severity) {
        this.scheme = scheme;
        this.label = label;
        this.severity = severity;
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /** As printed on a marking: 「3」, 「3A」, 「2」 … */
    public String label() {
        return label;
    }

    /** Order across both schemes, 1 (public) to 5 (秘密文書 level). */
    public int severity() {
        return severity;
    }

    /** 機密性2以上: the classes that need encryption, locked storage, approval for disposal. */
    public boolean twoOrAbove() {
        return severity >= 2;
    }

    public boolean higherThan(Confidentiality other) {
        return severity > other.severity;
    }

    /** The classes of one scheme, highest first. */
    public static java.util.List<Confidentiality> of(ClassificationScheme scheme) {
        return java.util.Arrays.stream(values()).filter(c -> c.scheme == scheme).toList();
    }

    /** The class with this label in the scheme (「2」, 「3A」, or the constant's name); null when there is none. */
    static Confidentiality parse(ClassificationScheme scheme, String text) {
        if (text == null) {
            return null;
        }
        var wanted = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC)
                .replace("自治体機密性", "").replace("機密性", "").toUpperCase(java.util.Locale.ROOT);
        for (var c : values()) {
            if (c.name().equals(wanted) || (c.scheme == scheme && c.label.equals(wanted))) {
                return c;
            }
        }
        return null;
    }
}
