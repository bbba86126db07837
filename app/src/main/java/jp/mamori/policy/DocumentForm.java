package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;
import jp.mamori.web.FieldProblem;

/**
 * The form of a document: kind, title, disclosure and audience, and for a new document its first revision. Bound
 * from the request; never bound onto the aggregate. Blank or unknown values are reported by {@link #errors()}.
 */
record DocumentForm(String kind, String title, String disclosure, List<String> units, List<String> roles,
        String revisionDate, String summary, String body, Long version) {

    static final int TITLE_MAX = 200;

    static DocumentForm empty(LocalDate today) {
        return new DocumentForm(DocumentKind.OTHER.name(), "", Disclosure.INTERNAL.name(), List.of(), List.of(),
                today.toString(), "", "", null);
    }

    static DocumentForm of(DocumentView document) {
        return new DocumentForm(document.kind().name(), document.title(), document.disclosure().name(),
                document.audienceUnitIds().stream().map(UUID::toString).toList(),
                document.audienceRoles().stream().map(Enum::name).toList(), null, null, null, document.version());
    }

    /** Field → what is wrong with it (label, rule, limit); empty when the form can be saved. */
    Map<String, FieldProblem> errors(boolean withRevision) {
        var errors = new LinkedHashMap<String, FieldProblem>();
        if (parse(DocumentKind.class, kind) == null) {
            errors.put("kind", FieldProblem.required("policy.field.kind"));
        }
        if (title == null || title.isBlank()) {
            errors.put("title", FieldProblem.required("policy.field.title"));
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", FieldProblem.tooLong("policy.field.title", TITLE_MAX, title));
        }
        if (parse(Disclosure.class, disclosure) == null) {
            errors.put("disclosure", FieldProblem.required("policy.field.disclosure"));
        }
        try {
            audience();
        } catch (IllegalArgumentException e) {
            errors.put("audience", audienceProblem());
        }
        if (withRevision) {
            RevisionForm.checkRevision(errors, revisionDate, summary);
        }
        return errors;
    }

    /** What is wrong with the audience: a unit that is not an id, or a role that does not exist. */
    private FieldProblem audienceProblem() {
        for (var unit : units == null ? List.<String>of() : units) {
            try {
                if (unit != null && !unit.isBlank()) {
                    UUID.fromString(unit.strip());
                }
            } catch (IllegalArgumentException e) {
                return FieldProblem.notAnId("policy.field.audienceUnits", unit);
            }
        }
        var allowed = Arrays.stream(SecurityRole.values()).map(Enum::name).toArray(String[]::new);
        var unknown = (roles == null ? List.<String>of() : roles).stream()
                .filter(role -> role != null && !role.isBlank() && !List.of(allowed).contains(role.strip()))
                .findFirst().orElse("");
        return FieldProblem.notOneOf("policy.field.audienceRoles", unknown, allowed);
    }

    DocumentKind documentKind() {
        return parse(DocumentKind.class, kind);
    }

    Disclosure level() {
        return parse(Disclosure.class, disclosure);
    }

    Audience audience() {
        var unitIds = new ArrayList<UUID>();
        for (var unit : units == null ? List.<String>of() : units) {
            if (unit != null && !unit.isBlank()) {
                unitIds.add(UUID.fromString(unit.strip()));
            }
        }
        var roleSet = EnumSet.noneOf(SecurityRole.class);
        for (var role : roles == null ? List.<String>of() : roles) {
            if (role != null && !role.isBlank()) {
                roleSet.add(SecurityRole.valueOf(role.strip()));
            }
        }
        return Audience.of(unitIds, roleSet);
    }

    public boolean hasUnit(UUID unit) {
        return units != null && units.contains(unit.toString());
    }

    public boolean hasRole(SecurityRole role) {
        return roles != null && roles.contains(role.name());
    }

    PolicyManagement.RevisionDraft firstRevision() {
        return new PolicyManagement.RevisionDraft(RevisionKind.ENACTED, LocalDate.parse(revisionDate.strip()),
                summary, body);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
