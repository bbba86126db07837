package jp.mamori.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;

import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.springframework.context.MessageSource;

/**
 * Bean Validation messages in the app's one style: each names the field by its label, the rule and the limit or
 * the allowed values, and what was typed. The templates are the app's own ({@code jakarta.validation.constraints.*}
 * in {@code web.properties}, looked up through the app's {@link MessageSource}); besides the constraint's
 * attributes ({max}, {value}…) they may say {field} (the label: {@link FieldLabel}, else
 * {@code <module>.field.<field name>}, else the field name), {length} (the length of the text typed) and
 * {validated} (the value typed). Thread-safe.
 */
final class FieldMessages implements MessageInterpolator {

    private final MessageInterpolator templates;
    private final MessageSource messages;

    FieldMessages(MessageInterpolator templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.JAPANESE);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        var text = templates.interpolate(template, context, locale);
        if (!(context instanceof HibernateMessageInterpolatorContext field)) {
            return text;
        }
        // Replaced after the templates are resolved, so that braces in what was typed are never read as a template.
        var value = context.getValidatedValue();
        return text.replace("{field}", label(field.getRootBeanType(), field.getPropertyPath(), locale))
                .replace("{length}", String.valueOf(length(value)))
                .replace("{validated}", value == null ? "" : String.valueOf(value));
    }

    private String label(Class<?> form, Path path, Locale locale) {
        String name = null;
        for (var node : path) {
            name = node.getName();
        }
        if (name == null) {
            return "";
        }
        var key = labelKey(form, name);
        return messages.getMessage(key, null, name, locale);
    }

    private static String labelKey(Class<?> form, String name) {
        try {
            var label = form.getDeclaredField(name).getAnnotation(FieldLabel.class);
            if (label != null) {
                return label.value();
            }
        } catch (NoSuchFieldException e) {
            // a nested or inherited property: the module's convention below
        }
        var module = form.getPackageName().substring(form.getPackageName().lastIndexOf('.') + 1);
        return module + ".field." + name;
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString().codePointCount(0, text.length());
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.size();
        }
        return 0;
    }
}
