package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The integrity rules of a catalogue edition: unique ids, ids that follow the tree ({@code MIC-STD-x},
 * {@code MIC-STD-x.y}, {@code MIC-STD-x.y.z} under their parents), no dangling reference to a threat or a seed
 * clause, a title and a requirement on every measure, every clause-6 item and every threat group carried out by
 * at least one measure. The app refuses to start on a catalogue with problems. Stateless.
 */
final class CatalogueCheck {

    private static final Pattern CHAPTER = Pattern.compile("MIC-STD-(\\d+)");
    private static final Pattern SECTION = Pattern.compile("MIC-STD-(\\d+)\\.(\\d+)");
    private static final Pattern MEASURE = Pattern.compile("MIC-STD-(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern THREAT = Pattern.compile("THR-(\\d+)(\\.\\d+)?");

    private CatalogueCheck() {
    }

    /** Every problem found, as a sentence naming the id; empty when the catalogue is sound. */
    static List<String> problems(Catalogue catalogue) {
        var problems = new ArrayList<String>();
        var ids = new HashSet<String>();
        var clauses = catalogue.seedClausesByReference().keySet();
        var seenClauses = new HashSet<String>();
        for (var clause : catalogue.seedClauses()) {
            if (!seenClauses.add(clause.clause())) {
                problems.add("duplicate seed clause " + clause.clause());
            }
        }
        var threatIds = new HashSet<String>();
        for (var group : catalogue.threatGroups()) {
            unique(group.id(), ids, problems);
            if (!THREAT.matcher(group.id()).matches()) {
                problems.add("threat group id " + group.id() + " does not read THR-n");
            }
            if (!clauses.contains(group.seedClause())) {
                problems.add("threat group " + group.id() + " names unknown seed clause " + group.seedClause());
            }
            for (var threat : group.threats()) {
                unique(threat.id(), ids, problems);
                threatIds.add(threat.id());
                if (!threat.id().startsWith(group.id() + ".")) {
                    problems.add("threat " + threat.id() + " is not numbered under " + group.id());
                }
            }
        }
        for (var chapter : catalogue.chapters()) {
            unique(chapter.id(), ids, problems);
            if (!CHAPTER.matcher(chapter.id()).matches()) {
                problems.add("chapter id " + chapter.id() + " does not read MIC-STD-x");
            }
            chapter.seedClauses().stream().filter(c -> !clauses.contains(c))
                    .forEach(c -> problems.add("chapter " + chapter.id() + " names unknown seed clause " + c));
            if (chapter.sections().isEmpty()) {
                problems.add("chapter " + chapter.id() + " has no section");
            }
            for (var section : chapter.sections()) {
                unique(section.id(), ids, problems);
                if (!SECTION.matcher(section.id()).matches() || !section.id().startsWith(chapter.id() + ".")) {
                    problems.add("section " + section.id() + " is not numbered under " + chapter.id());
                }
                if (section.measures().isEmpty()) {
                    problems.add("section " + section.id() + " has no measure");
                }
                for (var measure : section.measures()) {
                    unique(measure.id(), ids, problems);
                    if (!MEASURE.matcher(measure.id()).matches() || !measure.id().startsWith(section.id() + ".")) {
                        problems.add("measure " + measure.id() + " is not numbered under " + section.id());
                    }
                    if (measure.title().isBlank() || measure.requirement().isBlank()) {
                        problems.add("measure " + measure.id() + " lacks a title or a requirement");
                    }
                    if (measure.seedClauses().isEmpty()) {
                        problems.add("measure " + measure.id() + " carries out no seed clause");
                    }
                    measure.seedClauses().stream().filter(c -> !clauses.contains(c))
                            .forEach(c -> problems.add("measure " + measure.id() + " names unknown seed clause " + c));
                    measure.threatIds().stream().filter(t -> !threatIds.contains(t))
                            .forEach(t -> problems.add("measure " + measure.id() + " names unknown threat " + t));
                }
            }
        }
        for (var clause : catalogue.mustBeCovered()) {
            if (!clauses.contains(clause)) {
                problems.add("required seed clause " + clause + " is not in the seed");
            } else if (catalogue.measuresCarryingOut(clause).isEmpty()) {
                problems.add("seed clause " + clause + " has no measure");
            }
        }
        for (var group : catalogue.threatGroups()) {
            if (group.threats().stream().allMatch(t -> catalogue.measuresAddressing(t.id()).isEmpty())) {
                problems.add("threat group " + group.id() + " has no measure");
            }
        }
        return problems;
    }

    private static void unique(String id, HashSet<String> ids, List<String> problems) {
        if (!ids.add(id)) {
            problems.add("duplicate id " + id);
        }
    }
}
