package jp.mamori.web;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is wrong with one field of a form that checks itself (rather than through Bean Validation), in the same
 * style as {@link FieldMessages}: the field's label, the rule, and the limit or the allowed values
 * ({@code form.field.*} in {@code web.properties}). Templates show it with {@code ${@messages.text(problem)}}.
 * Immutable.
 */
public final class FieldProblem extends DefaultMessageSourceResolvable {

    private FieldProblem(String key, Object... arguments) {
        super(new String[] {key}, arguments, key);
    }

    /** A module's own wording for a problem of one field (its message names the field and what to do). */
    public static FieldProblem of(String key, Object... arguments) {
        return new FieldProblem(key, arguments);
    }

    /** Nothing was entered in a required field. */
    public static FieldProblem required(String labelKey) {
        return new FieldProblem("form.field.required", label(labelKey));
    }

    /** The text typed is longer than {@code max} characters. */
    public static FieldProblem tooLong(String labelKey, int max, String typed) {
        return new FieldProblem("form.field.tooLong", label(labelKey), max, typed.codePointCount(0, typed.length()));
    }

    /** The value is not one of {@code allowed} (shown as typed, separated by 「、」 or ", "). */
    public static FieldProblem notOneOf(String labelKey, String typed, String... allowed) {
        return new FieldProblem("form.field.notOneOf", label(labelKey), typed, String.join(", ", Arrays.asList(allowed)));
    }

    /** No date was entered, or {@code typed} is not a real ISO date (the same texts as {@link DateInput}). */
    public static FieldProblem notADate(String labelKey, String typed) {
        return typed == null || typed.isBlank() ? new FieldProblem("form.date.required", label(labelKey))
                : new FieldProblem("form.date.invalid", label(labelKey), typed);
    }

    /** The value is not an id (a UUID, as the export shows it). */
    public static FieldProblem notAnId(String labelKey, String typed) {
        return new FieldProblem("form.field.notAnId", label(labelKey), typed);
    }

    /** The value is not a whole number of at least zero. */
    public static FieldProblem notACount(String labelKey, String typed) {
        return new FieldProblem("form.field.notACount", label(labelKey), typed);
    }

    private static MessageSourceResolvable label(String labelKey) {
        return new DefaultMessageSourceResolvable(labelKey);
    }
}
