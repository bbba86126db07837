package jp.mamori.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A date typed into a form. Forms bind dates as the text typed, not as {@link LocalDate}, so that a bad value
 * comes back on the form as typed; this reads it and, when it is not a real ISO date, files an error on the field
 * that names the field, the value, the rule and the format ({@code form.date.*} in {@code web.properties}).
 * Stateless.
 */
public final class DateInput {

    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{4}-\\d{2})-(0[1-9]|[12]\\d|3[01])");

    private DateInput() {
    }

    /**
     * The date typed into {@code field} (labelled by the message {@code labelKey}); null when it is blank and not
     * required, or when it is refused (the error is then on {@code errors}).
     */
    public static LocalDate read(Errors errors, String field, String labelKey, String typed, boolean required) {
        var label = new DefaultMessageSourceResolvable(labelKey);
        if (typed == null || typed.isBlank()) {
            if (required) {
                errors.rejectValue(field, "form.date.required", new Object[] {label}, "date required");
            }
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()); // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused
        } catch (DateTimeParseException e) {
            var month = monthOf(typed.strip());
            if (month != null) {
                errors.rejectValue(field, "form.date.noSuchDay", new Object[] {label, typed.strip(),
                        month.atEndOfMonth().toString()}, "no such day");
            } else {
                errors.rejectValue(field, "form.date.invalid", new Object[] {label, typed}, "not a date");
            }
            return null;
        }
    }

    /** The month of a date in the right form whose day does not exist in it (2026-02-30); null otherwise. */
    private static YearMonth monthOf(String typed) {
        var shape = DAY_OF_MONTH.matcher(typed);
        if (!shape.matches()) {
            return null;
        }
        try {
            return YearMonth.parse(shape.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text a form shows for a stored date; empty for none. */
    public static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
