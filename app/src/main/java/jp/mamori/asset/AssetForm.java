package jp.mamori.asset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The asset form as posted: details and classes as text, checked field by field into message keys, then turned
 * into {@link AssetDetails} and {@link Classification}. Never bound onto the aggregate. {@code manager} is what the
 * picker posted — a staff id, or a 職員番号 typed without script — and is read by {@link ManagerPicker}, which
 * knows the tenant's staff.
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
        if (blank(confidentiality)) {
            errors.put("confidentiality", "asset.error.confidentialityMissing");
        } else if (Confidentiality.parse(null, confidentiality) == null) {
            errors.put("confidentiality", "asset.error.invalid");
        }
        if (blank(integrity)) {
            errors.put("integrity", "asset.error.integrityMissing");
        } else if (Integrity.parse(integrity) == null) {
            errors.put("integrity", "asset.error.invalid");
        }
        if (blank(availability)) {
            errors.put("availability", "asset.error.availabilityMissing");
        } else if (Availability.parse(availability) == null) {
            errors.put("availability", "asset.error.invalid");
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
