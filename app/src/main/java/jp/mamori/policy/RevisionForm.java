package jp.mamori.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.web.FieldProblem;

/** The form of a revision: kind, date, summary and Markdown text, with the version the user read when editing. */
record RevisionForm(String kind, String revisionDate, String summary, String body, Long version) {

    static final int SUMMARY_MAX = 1000;

    static RevisionForm next(LocalDate today, String currentText) {
        return new RevisionForm(RevisionKind.AMENDED.name(), today.toString(), "", currentText, null);
    }

    static RevisionForm of(RevisionView revision, String body) {
        return new RevisionForm(revision.kind().name(), revision.revisionDate().toString(), revision.summary(), body,
                revision.version());
    }

    Map<String, FieldProblem> errors() {
        var errors = new LinkedHashMap<String, FieldProblem>();
        if (DocumentForm.parse(RevisionKind.class, kind) == null) {
            errors.put("kind", FieldProblem.required("policy.field.revisionKind"));
        }
        checkRevision(errors, revisionDate, summary);
        if (body != null && body.length() > Revision.MAX_BODY) {
            errors.put("body", FieldProblem.tooLong("policy.field.body", Revision.MAX_BODY, body));
        }
        return errors;
    }

    static void checkRevision(Map<String, FieldProblem> errors, String revisionDate, String summary) {
        if (date(revisionDate) == null) {
            errors.put("revisionDate", FieldProblem.notADate("policy.field.revisionDate", revisionDate));
        }
        if (summary == null || summary.isBlank()) {
            errors.put("summary", FieldProblem.required("policy.field.summary"));
        } else if (summary.length() > SUMMARY_MAX) {
            errors.put("summary", FieldProblem.tooLong("policy.field.summary", SUMMARY_MAX, summary));
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    PolicyManagement.RevisionDraft draft() {
        return new PolicyManagement.RevisionDraft(DocumentForm.parse(RevisionKind.class, kind), date(revisionDate),
                summary, body == null ? "" : body);
    }
}
