package jp.mamori.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message key of a form field's label, for a field whose label is not {@code <module>.field.<field name>}
 * (for example the staff form's {@code name}, labelled {@code organization.field.staffName}). Validation messages
 * ({@link FieldMessages}) name the field by this label.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface FieldLabel {

    /** The label's message key. */
    String value();
}
