package jp.mamori.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.mamori.organization.SecurityRole;
import jp.mamori.organization.UnitSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Japanese words of the statement for the trail, the history and the committee's spreadsheets (which are read
 * in Japanese whatever the reader's UI language), taken from the message bundles so that they match the pages.
 * Thread-safe.
 */
@Component
class Wording {

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.JAPANESE);
    }

    String status(ImplementationStatus status) {
        return text("catalog.status." + status.name());
    }

    String applicability(Applicability applicability) {
        return text("catalog.applicability." + applicability.name());
    }

    String role(SecurityRole role) {
        return text("organization.role." + role.name());
    }

    /** The owner as a reader sees it: a role's name, a unit's name, or empty. */
    String owner(ApplicabilityEntry entry, Map<UUID, UnitSummary> units) {
        if (entry.ownerRole() != null) {
            return role(entry.ownerRole());
        }
        if (entry.ownerUnitId() != null) {
            var unit = units.get(entry.ownerUnitId());
            return unit == null ? "" : unit.name();
        }
        return "";
    }
}
