package jp.mamori.trail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The viewer's search, bound from the query string. Dates are calendar days in the tenant's zone.
 *
 * @param who part of the actor's name or id
 * @param what the start of the action, for example {@code organization.} or {@code organization.unit.renamed}
 * @param object part of the object's type or id
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 */
record TrailFilter(String who, String what, String object,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static TrailFilter none() {
        return new TrailFilter(null, null, null, null, null);
    }

    TrailFilter {
        who = trimmed(who, 200);
        what = trimmed(what, 100);
        object = trimmed(object, 100);
    }

    /** The text fields as typed, and those dates that are dates; for showing a search that did not bind. */
    static TrailFilter typed(Map<String, String> parameters) {
        return new TrailFilter(parameters.get("who"), parameters.get("what"), parameters.get("object"),
                date(parameters.get("from")), date(parameters.get("to")));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * The problems of a search as message keys by field: a date that is not one (as typed, also 2026-02-30), or
     * a first day after the last.
     */
    static Map<String, String> errors(TrailFilter filter, BindingResult binding) {
        var errors = new LinkedHashMap<String, String>();
        for (var field : List.of("from", "to")) {
            if (binding.getFieldError(field) != null) {
                errors.put(field, "trail.filter.badDate");
            }
        }
        if (errors.isEmpty() && filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            errors.put("to", "trail.filter.toBeforeFrom");
        }
        return errors;
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
