package jp.mamori.incident;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A tenant's settings for incidents: the severity levels the CSIRT triages with, highest first, and the reporting
 * deadlines. Immutable; {@link #DEFAULTS} until the tenant saves its own.
 *
 * @param severityLevels one to seven distinct levels of at most 20 characters each, highest first
 * @param deadlines days after discovery for the 速報 and 確報
 * @param version the stored version, -1 for the defaults that were never saved
 */
public record IncidentSettings(List<String> severityLevels, ReportingDeadlines deadlines, long version) {

    public static final IncidentSettings DEFAULTS = new IncidentSettings(List.of("高", "中", "低"),
            ReportingDeadlines.DEFAULTS, -1);

    public IncidentSettings {
        severityLevels = List.copyOf(severityLevels);
    }

    /** The levels as a user types them, one per line or comma-separated; refused when empty, too many or repeated. */
    static List<String> parseLevels(String text) {
        var levels = Arrays.stream((text == null ? "" : text).split("[,、\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (levels.isEmpty() || levels.size() > 7 || levels.stream().anyMatch(s -> s.length() > 20)) {
            throw new IncidentRefused("incident.refused.scale");
        }
        if (new LinkedHashSet<>(levels).size() != levels.size()) {
            throw new IncidentRefused("incident.refused.scaleRepeated");
        }
        return levels;
    }

    /** Deadlines from the form; refused with the rule when they do not grow (速報 ≤ 確報 ≤ 確報 with malice). */
    static ReportingDeadlines deadlines(Integer preliminary, Integer fin, Integer malice) {
        if (preliminary == null || fin == null || malice == null || preliminary > 30 || malice > 365) {
            throw new IncidentRefused("incident.refused.deadlines");
        }
        try {
            return new ReportingDeadlines(preliminary, fin, malice);
        } catch (IllegalArgumentException notGrowing) {
            throw new IncidentRefused("incident.refused.deadlines");
        }
    }
}
