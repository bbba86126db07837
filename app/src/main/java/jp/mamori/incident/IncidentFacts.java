package jp.mamori.incident;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known about an incident, as reported and corrected later: what happened, when it was found, what is
 * affected, how many people's personal data is involved and of which kind, and whether malice or financial harm is
 * suspected. The reporting obligations are derived from these facts alone ({@link ReportingRules}). Immutable.
 */
public record IncidentFacts(String title, String whatHappened, LocalDate discoveredOn, String affected,
        boolean personalData, int peopleAffected, boolean sensitiveData, boolean myNumberData, boolean maliceSuspected,
        boolean financialHarmPossible, boolean lostDevice) {

    public IncidentFacts {
        Objects.requireNonNull(discoveredOn, "discoveredOn");
        title = title == null ? "" : title.strip();
        whatHappened = whatHappened == null ? "" : whatHappened.strip();
        affected = affected == null ? "" : affected.strip();
        if (peopleAffected < 0) {
            throw new IncidentRefused("incident.refused.peopleNegative");
        }
        if (title.isEmpty()) {
            throw new IncidentRefused("incident.refused.titleRequired");
        }
        if (title.length() > 200 || whatHappened.length() > 4000 || affected.length() > 1000) {
            throw new IncidentRefused("incident.refused.tooLong");
        }
        // Sensitive, My Number data or a count of people all mean personal data is involved.
        personalData = personalData || sensitiveData || myNumberData || peopleAffected > 0;
    }
}
