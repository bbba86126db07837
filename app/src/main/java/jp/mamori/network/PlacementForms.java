package jp.mamori.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/** The forms of segments, systems and terminal groups, as posted; each checks itself field by field. */
final class PlacementForms {

    private PlacementForms() {
    }

    record SegmentForm(String name, Area area, String addresses, Boolean tenantRestricted, String description,
            Integer version) {

        static SegmentForm of(Segment s) {
            return new SegmentForm(s.name(), s.area(), s.addresses(), s.tenantRestricted(), s.description(),
                    s.version());
        }

        Map<String, FieldProblem> errors() {
            var errors = new LinkedHashMap<String, FieldProblem>();
            checkName(errors, name);
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
    }

    record SystemForm(String name, UUID segment, String assetNumber, String address, String description,
            Integer version) {

        Map<String, FieldProblem> errors() {
            var errors = new LinkedHashMap<String, FieldProblem>();
            checkName(errors, name);
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

    record TerminalForm(String name, UUID segment, Integer count, Integer factors, ExternalMedia externalMedia,
            Boolean epp, Boolean edr, Boolean screenTransferClient, String description, Integer version) {

        static TerminalForm of(TerminalGroup g) {
            return new TerminalForm(g.name(), g.segmentId(), g.count(), g.factors(), g.externalMedia(), g.epp(),
                    g.edr(), g.screenTransferClient(), g.description(), g.version());
        }

        Map<String, FieldProblem> errors() {
            var errors = new LinkedHashMap<String, FieldProblem>();
            checkName(errors, name);
            if (segment == null) {
                errors.put("segment", FieldProblem.required("network.field.segment"));
            }
            if (count == null || count < 0) {
                errors.put("count", FieldProblem.notACount("network.field.count", count == null ? "" : count.toString()));
            }
            if (factors == null || factors < 1 || factors > 3) {
                errors.put("factors", FieldProblem.notOneOf("network.field.factors",
                        factors == null ? "" : factors.toString(), "1", "2", "3"));
            }
            if (externalMedia == null) {
                errors.put("externalMedia", FieldProblem.required("network.field.externalMedia"));
            }
            return errors;
        }

        TerminalGroup group(UUID id) {
            return new TerminalGroup(id, name.strip(), segment, count, factors, externalMedia,
                    Boolean.TRUE.equals(epp), Boolean.TRUE.equals(edr), Boolean.TRUE.equals(screenTransferClient),
                    description, version == null ? 0 : version);
        }
    }

    private static void checkName(Map<String, FieldProblem> errors, String name) {
        if (name == null || name.isBlank()) {
            errors.put("name", FieldProblem.required("network.field.name"));
        } else if (name.length() > 200) {
            errors.put("name", FieldProblem.tooLong("network.field.name", 200, name));
        }
    }
}
