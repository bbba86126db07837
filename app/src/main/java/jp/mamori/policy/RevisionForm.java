package jp.mamori.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form of a revision: kind, date, summary and Markdown text, with the version the user read when editing. */
record RevisionForm(String kind, String revisionDate, String summary, String body, Long version) {

    static RevisionForm next(LocalDate today, String currentText) {
        return new RevisionForm(RevisionKind.AMENDED.name(), today.toString(), "", currentText, null);
    }

    static RevisionForm of(RevisionView revision, String body) {
        return new RevisionForm(revision.kind().name(), revision.revisionDate().toString(), revision.summary(), body,
                revision.version());
    }

    Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (DocumentForm.parse(RevisionKind.class, kind) == null) {
            errors.put("kind", "policy.error.required");
        }
        checkRevision(errors, revisionDate, summary);
        if (body != null && body.length() > Revision.MAX_BODY) {
            errors.put("body", "policy.error.tooLong");
        }
        return errors;
    }

    static void checkRevision(Map<String, String> errors, String revisionDate, String summary) {
        if (date(revisionDate) == null) {
            errors.put("revisionDate", "policy.error.date");
        }
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "policy.error.required");
        } else if (summary.length() > 1000) {
            errors.put("summary", "policy.error.tooLong");
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
