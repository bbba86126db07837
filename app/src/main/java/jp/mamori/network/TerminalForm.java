package jp.mamori.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/** The terminal group form, as posted; it checks itself field by field. */
record TerminalForm(String name, UUID segment, Integer count, Integer factors, ExternalMedia externalMedia,
        Boolean epp, Boolean edr, Boolean screenTransferClient, String description, Integer version) {

    static TerminalForm of(TerminalGroup g) {
        return new TerminalForm(g.name(), g.segmentId(), g.count(), g.factors(), g.externalMedia(), g.epp(),
                g.edr(), g.screenTransferClient(), g.description(), g.version());
    }

    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        SegmentForm.checkName(errors, name);
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
