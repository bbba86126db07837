package jp.mamori.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.mamori.web.FieldProblem;

/** The flow form: both ends (a segment, or a system in it), protocol, ports, purpose, path and sanitiser. */
record FlowForm(UUID fromSegment, UUID fromSystem, UUID toSegment, UUID toSystem, String protocol, String ports,
        String purpose, FlowPath path, String sanitiser, Integer version) {

    static FlowForm empty() {
        return new FlowForm(null, null, null, null, "TCP", "", "", FlowPath.DIRECT, "", null);
    }

    static FlowForm of(Flow f) {
        return new FlowForm(f.fromSegmentId(), f.fromSystemId(), f.toSegmentId(), f.toSystemId(), f.protocol(),
                f.ports().text(), f.purpose(), f.path(), f.sanitiser(), f.version());
    }

    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        if (fromSegment == null && fromSystem == null) {
            errors.put("fromSegment", FieldProblem.required("network.field.from"));
        }
        if (toSegment == null && toSystem == null) {
            errors.put("toSegment", FieldProblem.required("network.field.to"));
        }
        if (path == null) {
            errors.put("path", FieldProblem.required("network.field.path"));
        }
        try {
            Ports.parse(ports);
        } catch (IllegalArgumentException e) {
            errors.put("ports", FieldProblem.of("network.problem.ports", e.getMessage()));
        }
        if (purpose != null && purpose.length() > 500) {
            errors.put("purpose", FieldProblem.tooLong("network.field.purpose", 500, purpose));
        }
        if (path == FlowPath.SANITISED && sanitiser != null && sanitiser.length() > 200) {
            errors.put("sanitiser", FieldProblem.tooLong("network.field.sanitiser", 200, sanitiser));
        }
        return errors;
    }

    Flow flow(UUID id) {
        return new Flow(id, fromSegment == null ? UUID(0) : fromSegment, fromSystem,
                toSegment == null ? UUID(0) : toSegment, toSystem, protocol, Ports.parse(ports), purpose, path,
                path == FlowPath.SANITISED ? sanitiser : "", version == null ? 0 : version);
    }

    /** A placeholder segment id for an end that names a system: the service takes the system's segment. */
    private static UUID UUID(long n) {
        return new UUID(0, n);
    }
}
