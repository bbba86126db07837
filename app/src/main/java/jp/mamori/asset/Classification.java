package jp.mamori.asset;

import java.util.Objects;

/**
 * The class of an information asset on each axis (機密性, 完全性, 可用性) with the reason for each. Immutable;
 * classes are non-null, reasons may be empty but never null.
 */
public record Classification(
        Confidentiality confidentiality, String confidentialityReason,
        Integrity integrity, String integrityReason,
        Availability availability, String availabilityReason) {

    public Classification {
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(availability, "availability");
        confidentialityReason = clean(confidentialityReason);
        integrityReason = clean(integrityReason);
        availabilityReason = clean(availabilityReason);
    }

    public static Classification of(Confidentiality c, Integrity i, Availability a) {
        return new Classification(c, "", i, "", a, "");
    }

    private static String clean(String reason) {
        return reason == null ? "" : reason.strip();
    }

    /**
     * The Japanese short form recorded in trail summaries and demo reasons, which are written once in the
     * tenant's language, for example 「機密性3B 完全性2 可用性2」. Pages never show it: they render the message
     * {@code asset.classification.short} so that the English UI reads in English.
     */
    public String shortForm() {
        return "機密性" + confidentiality.label() + " 完全性" + integrity.label() + " 可用性" + availability.label();
    }
}
