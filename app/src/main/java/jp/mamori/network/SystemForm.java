package jp.mamori.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/** The form placing an information system, as posted; it checks itself field by field. */
record SystemForm(String name, UUID segment, String assetNumber, String address, String description,
        Integer version) {

    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        SegmentForm.checkName(errors, name);
        if (segment == null) {
            errors.put("segment", FieldProblem.required("network.field.segment"));
        }
        if (address != null && !address.isBlank() && AddressBook.parse(address.strip()) < 0) {
            errors.put("address", FieldProblem.of("network.problem.address", address));
        }
        return errors;
    }

    InformationSystem system(UUID id, UUID assetId) {
        return new InformationSystem(id, name.strip(), segment, assetId, address, description,
                version == null ? 0 : version);
    }
}
