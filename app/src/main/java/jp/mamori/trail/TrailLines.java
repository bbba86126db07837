package jp.mamori.trail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a page of entries into what a person reads: each action code into its label ({@code action.<code>} in
 * the modules' {@code i18n/<module>-actions.properties}), each object id into its name through every module's
 * {@link TrailObjectNames}.
 */
@Component
class TrailLines {

    private final MessageSource messages;
    private final List<TrailObjectNames> names;

    TrailLines(MessageSource messages, List<TrailObjectNames> names) {
        this.messages = messages;
        this.names = names;
    }

    List<TrailLine> of(UUID tenantId, List<TrailRow> rows) {
        var locale = LocaleContextHolder.getLocale();
        var idsByType = rows.stream().filter(row -> row.objectId() != null).collect(Collectors.groupingBy(
                TrailRow::objectType, Collectors.mapping(TrailRow::objectId, Collectors.toSet())));
        var links = new HashMap<String, Map<String, TrailObjectNames.ObjectLink>>();
        idsByType.forEach((type, ids) -> {
            var found = new HashMap<String, TrailObjectNames.ObjectLink>();
            names.forEach(module -> found.putAll(module.names(tenantId, type, ids)));
            links.put(type, found);
        });
        return rows.stream().map(row -> new TrailLine(row,
                messages.getMessage(label(row.action()), null, row.action(), locale),
                links.getOrDefault(row.objectType(), Map.of()).get(row.objectId()))).toList();
    }

    static String label(String action) {
        return "action." + action;
    }
}
