package jp.mamori.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/** The segment form, as posted; it checks itself field by field. */
record SegmentForm(String name, Area area, String addresses, Boolean tenantRestricted, String description,
        Integer version) {

    static SegmentForm of(Segment s) {
        return new SegmentForm(s.name(), s.area(), s.addresses(), s.tenantRestricted(), s.description(),
                s.version());
    }

    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        SegmentForm.checkName(errors, name);
        if (area == null) {
            errors.put("area", FieldProblem.required("network.field.area"));
        }
        if (addresses != null && addresses.length() > 1000) {
            errors.put("addresses", FieldProblem.tooLong("network.field.addresses", 1000, addresses));
        }
        return errors;
    }

    Segment segment(UUID id) {
        return new Segment(id, name.strip(), area, addresses, Boolean.TRUE.equals(tenantRestricted),
                description, version == null ? 0 : version);
    }

    /** The name rule every placement form shares. */
    static void checkName(Map<String, FieldProblem> errors, String name) {
        if (name == null || name.isBlank()) {
            errors.put("name", FieldProblem.required("network.field.name"));
        } else if (name.length() > 200) {
            errors.put("name", FieldProblem.tooLong("network.field.name", 200, name));
        }
    }
}
