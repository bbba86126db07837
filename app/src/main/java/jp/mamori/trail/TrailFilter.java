package jp.mamori.trail;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

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

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
