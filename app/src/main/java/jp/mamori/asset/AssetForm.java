package jp.mamori.asset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.tenant.ClassificationScheme;

/**
 * The asset form as posted: details and classes as text, checked field by field into message keys, then turned
 * into {@link AssetDetails} and {@link Classification}. Never bound onto the aggregate.
 */
record AssetForm(String registerNumber, String name, String nameKana, String kind, String description,
        String ownerUnitId, String managerStaffId, String location, String zone, String retention,
        Boolean personal, Boolean specific, Boolean sensitive, String peopleCount,
        String confidentiality, String confidentialityReason, String integrity, String integrityReason,
        String availability, String availabilityReason, Long version) {

    static final int REASON_MAX = 1000;

    static AssetForm empty(ClassificationScheme scheme) {
        var lowest = Confidentiality.of(scheme).get(Confidentiality.of(scheme).size() - 1);
        return new AssetForm("", "", "", AssetKind.ELECTRONIC_INFORMATION.name(), "", "", "", "", "", "", false, false,
                false, "", lowest.name(), "", Integrity.LEVEL_1.name(), "", Availability.LEVEL_1.name(), "", null);
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

    /** Field name → message key of what is wrong; empty when the form is complete. */
    Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (blank(registerNumber)) {
            errors.put("registerNumber", "asset.error.required");
        } else if (registerNumber.strip().length() > AssetDetails.NUMBER_MAX) {
            errors.put("registerNumber", "asset.error.tooLong");
        }
        if (blank(name)) {
            errors.put("name", "asset.error.required");
        } else if (name.strip().length() > AssetDetails.NAME_MAX) {
            errors.put("name", "asset.error.tooLong");
        }
        if (kind == null || AssetKind.parse(kind) == null) {
            errors.put("kind", "asset.error.required");
        }
        if (uuid(ownerUnitId) == null) {
            errors.put("ownerUnitId", "asset.error.required");
        }
        if (!blank(managerStaffId) && uuid(managerStaffId) == null) {
            errors.put("managerStaffId", "asset.error.invalid");
        }
        if (!blank(zone) && Zone.parse(zone) == null) {
            errors.put("zone", "asset.error.invalid");
        }
        if (!blank(peopleCount)) {
            try {
                if (Integer.parseInt(peopleCount.strip()) < 0) {
                    errors.put("peopleCount", "asset.error.invalid");
                }
            } catch (NumberFormatException e) {
                errors.put("peopleCount", "asset.error.invalid");
            }
        }
        if (description != null && description.strip().length() > AssetDetails.TEXT_MAX) {
            errors.put("description", "asset.error.tooLong");
        }
        if (location != null && location.strip().length() > AssetDetails.SHORT_MAX) {
            errors.put("location", "asset.error.tooLong");
        }
        if (confidentiality == null || Confidentiality.parse(null, confidentiality) == null) {
            errors.put("confidentiality", "asset.error.required");
        }
        if (integrity == null || Integrity.parse(integrity) == null) {
            errors.put("integrity", "asset.error.required");
        }
        if (availability == null || Availability.parse(availability) == null) {
            errors.put("availability", "asset.error.required");
        }
        // Each reason's error is filed under its own field, so that the message stands next to the reason at fault.
        var reasons = Map.of("confidentialityReason", nullToEmpty(confidentialityReason),
                "integrityReason", nullToEmpty(integrityReason), "availabilityReason", nullToEmpty(availabilityReason));
        for (var field : new String[] {"confidentialityReason", "integrityReason", "availabilityReason"}) {
            if (reasons.get(field).strip().length() > REASON_MAX) {
                errors.put(field, "asset.error.tooLong");
            }
        }
        return errors;
    }

    AssetDetails details() {
        return new AssetDetails(registerNumber, name, nameKana, AssetKind.parse(kind), description, uuid(ownerUnitId),
                uuid(managerStaffId), location, blank(zone) ? null : Zone.parse(zone), retention,
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
