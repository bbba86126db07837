package jp.mamori.asset;

import java.util.List;

import jp.mamori.tenant.ClassificationScheme;

/**
 * One axis of the classification as the form offers it: the classes of the tenant's scheme, highest first, each
 * explained by the message {@code asset.class.<field>.<constant>}, with what the form holds for it. Immutable.
 *
 * @param field the form field, also the axis' name in messages: confidentiality, integrity or availability
 * @param classes the constants of {@link Confidentiality}, {@link Integrity} or {@link Availability} to choose from
 * @param chosen the constant's name the form holds, or empty when nothing is chosen yet
 * @param reason the reason the form holds
 */
record ClassAxis(String field, List<? extends Enum<?>> classes, String chosen, String reason) {

    /** The three axes in the order of the guideline (機密性, 完全性, 可用性). */
    static List<ClassAxis> of(ClassificationScheme scheme, AssetForm form) {
        return List.of(
                new ClassAxis("confidentiality", Confidentiality.of(scheme), text(form.confidentiality()),
                        text(form.confidentialityReason())),
                new ClassAxis("integrity", List.of(Integrity.values()), text(form.integrity()),
                        text(form.integrityReason())),
                new ClassAxis("availability", List.of(Availability.values()), text(form.availability()),
                        text(form.availabilityReason())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
