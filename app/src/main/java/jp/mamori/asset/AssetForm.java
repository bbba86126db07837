package jp.mamori.asset;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/**
 * The asset form as posted: details and classes as text, checked field by field into {@link FieldProblem}s,
 * then turned into {@link AssetDetails} and {@link Classification}. Never bound onto the aggregate. {@code manager}
 * is what the picker posted — a staff id, or a 職員番号 typed without script — and is read by {@link ManagerPicker},
 * which knows the tenant's staff.
 */
record AssetForm(String registerNumber, String name, String nameKana, String kind, String description,
        String ownerUnitId, String manager, String location, String zone, String retention,
        Boolean personal, Boolean specific, Boolean sensitive, String peopleCount,
        String confidentiality, String confidentialityReason, String integrity, String integrityReason,
        String availability, String availabilityReason, Long version) {

    static final int REASON_MAX = 1000;

    /**
     * A new asset's form. No class is chosen on any axis: a preselected class would be saved by whoever does not
     * read it, and the lowest one is the wrong one for most of what a town registers.
     */
    static AssetForm empty() {
        return new AssetForm("", "", "", AssetKind.ELECTRONIC_INFORMATION.name(), "", "", "", "", "", "", false, false,
                false, "", "", "", "", "", "", "", null);
    }

    static AssetForm of(InformationAsset a) {
        var d = a.details();
        var c = a.classification();
        return new AssetForm(d.registerNumber(), d.name(), d.nameKana(), d.kind().name(), d.description(),
                d.ownerUnitId().toString(), d.managerStaffId() == null ? "" : d.managerStaffId().toString(),
                d.location(), d.zone() == null ? "" : d.zone().name(), d.retention(), d.personal().present(),
                d.personal().specific(), d.personal().sensitive(),
                d.personal().peopleCount() == null ? "" : d.personal().peopleCount().toString(),
                c.confidentiality().name(), c.confidentialityReason(), c.integrity().name(), c.integrityReason(),
                c.availability().name(), c.availabilityReason(), a.version());
    }

    /** Field name → what is wrong with it (label, rule, limit); empty when the form is complete. */
    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        text(errors, "registerNumber", "asset.field.registerNumber", registerNumber, true, AssetDetails.NUMBER_MAX);
        text(errors, "name", "asset.field.name", name, true, AssetDetails.NAME_MAX);
        if (kind == null || AssetKind.parse(kind) == null) {
            errors.put("kind", FieldProblem.required("asset.field.kind"));
        }
        if (uuid(ownerUnitId) == null) {
            errors.put("ownerUnitId", FieldProblem.required("asset.field.ownerUnit"));
        }
        if (!blank(zone) && Zone.parse(zone) == null) {
            errors.put("zone", FieldProblem.notOneOf("asset.field.zone", zone,
                    Arrays.stream(Zone.values()).map(Zone::name).toArray(String[]::new)));
        }
        if (!blank(peopleCount) && !peopleCount.strip().matches("[0-9]{1,9}")) {
            errors.put("peopleCount", FieldProblem.notACount("asset.field.peopleCount", peopleCount));
        }
        text(errors, "description", "asset.field.description", description, false, AssetDetails.TEXT_MAX);
        text(errors, "location", "asset.field.location", location, false, AssetDetails.SHORT_MAX);
        // No class is chosen for the person: a missing one is an error on its own axis.
        if (blank(confidentiality)) {
            errors.put("confidentiality", FieldProblem.of("asset.error.confidentialityMissing"));
        } else if (Confidentiality.parse(null, confidentiality) == null) {
            errors.put("confidentiality", FieldProblem.required("asset.field.confidentiality"));
        }
        if (blank(integrity)) {
            errors.put("integrity", FieldProblem.of("asset.error.integrityMissing"));
        } else if (Integrity.parse(integrity) == null) {
            errors.put("integrity", FieldProblem.required("asset.field.integrity"));
        }
        if (blank(availability)) {
            errors.put("availability", FieldProblem.of("asset.error.availabilityMissing"));
        } else if (Availability.parse(availability) == null) {
            errors.put("availability", FieldProblem.required("asset.field.availability"));
        }
        // Each reason's error is filed under its own field, so that the message stands next to the reason at fault.
        text(errors, "confidentialityReason", "asset.field.confidentiality", confidentialityReason, false, REASON_MAX);
        text(errors, "integrityReason", "asset.field.integrity", integrityReason, false, REASON_MAX);
        text(errors, "availabilityReason", "asset.field.availability", availabilityReason, false, REASON_MAX);
        return errors;
    }

    private static void text(Map<String, FieldProblem> errors, String field, String labelKey, String typed,
            boolean required, int max) {
        if (blank(typed)) {
            if (required) {
                errors.put(field, FieldProblem.required(labelKey));
            }
        } else if (typed.strip().length() > max) {
            errors.put(field, FieldProblem.tooLong(labelKey, max, typed.strip()));
        }
    }

    /** The details, with the manager as {@link ManagerPicker} read it (null for the owning unit's 管理者). */
    AssetDetails details(UUID managerStaffId) {
        return new AssetDetails(registerNumber, name, nameKana, AssetKind.parse(kind), description, uuid(ownerUnitId),
                managerStaffId, location, blank(zone) ? null : Zone.parse(zone), retention,
                new PersonalInformation(Boolean.TRUE.equals(personal), Boolean.TRUE.equals(specific),
                        Boolean.TRUE.equals(sensitive),
                        blank(peopleCount) ? null : Integer.valueOf(peopleCount.strip())));
    }

    Classification classification() {
        return new Classification(Confidentiality.parse(null, confidentiality), confidentialityReason,
                Integrity.parse(integrity), integrityReason, Availability.parse(availability), availabilityReason);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static UUID uuid(String s) {
        try {
            return blank(s) ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
