package jp.mamori.asset;

import java.util.ArrayList;
import java.util.List;

import jp.mamori.tenant.ClassificationScheme;

/**
 * One class that handling rules are written for: a confidentiality class of a scheme, 完全性2 or 可用性2.
 * Integrity and availability 1 carry no restriction beyond the general rules. Stored as {@link #key()}.
 */
record HandlingClass(String key) {

    static HandlingClass of(Confidentiality c) {
        return new HandlingClass(c.name());
    }

    static final HandlingClass INTEGRITY_2 = new HandlingClass("INTEGRITY_2");
    static final HandlingClass AVAILABILITY_2 = new HandlingClass("AVAILABILITY_2");

    /** Every class of the scheme that has rules, in the order shown. */
    static List<HandlingClass> all(ClassificationScheme scheme) {
        var list = new ArrayList<HandlingClass>();
        Confidentiality.of(scheme).forEach(c -> list.add(of(c)));
        list.add(INTEGRITY_2);
        list.add(AVAILABILITY_2);
        return list;
    }

    /** The classes whose rules apply to an asset so classified. */
    static List<HandlingClass> applying(Classification c) {
        var list = new ArrayList<HandlingClass>();
        list.add(of(c.confidentiality()));
        if (c.integrity() == Integrity.LEVEL_2) {
            list.add(INTEGRITY_2);
        }
        if (c.availability() == Availability.LEVEL_2) {
            list.add(AVAILABILITY_2);
        }
        return list;
    }

    /** How it is shown: 「機密性3B」, 「完全性2」, 「可用性2」. */
    public String label() {
        if (this.equals(INTEGRITY_2)) {
            return "完全性2";
        }
        if (this.equals(AVAILABILITY_2)) {
            return "可用性2";
        }
        var c = Confidentiality.valueOf(key);
        return (c.scheme() == ClassificationScheme.R6_10 ? "自治体機密性" : "機密性") + c.label();
    }

    Confidentiality confidentiality() {
        return key.startsWith("LEGACY_") || key.startsWith("R6_") ? Confidentiality.valueOf(key) : null;
    }
}
