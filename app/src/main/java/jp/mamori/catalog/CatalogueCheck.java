package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The integrity rules of a catalogue edition: unique ids, ids that follow the tree ({@code MIC-STD-x},
 * {@code MIC-STD-x.y}, {@code MIC-STD-x.y.z} under their parents), no dangling reference to a threat or a seed
 * clause, a title and a requirement on every measure, every clause-6 item and every threat group carried out by
 * at least one measure, and an English text free of kana and kanji for every title and requirement the English UI
 * shows (a missing {@code titleEn} falls back to the Japanese title and is caught here). The app refuses to start
 * on a catalogue with problems. Stateless.
 */
final class CatalogueCheck {

    private static final Pattern CHAPTER = Pattern.compile("MIC-STD-(\\d+)");
    private static final Pattern SECTION = Pattern.compile("MIC-STD-(\\d+)\\.(\\d+)");
    private static final Pattern MEASURE = Pattern.compile("MIC-STD-(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern THREAT = Pattern.compile("THR-(\\d+)(\\.\\d+)?");
    /** Kana, kanji and the Japanese punctuation and full-width forms: an untranslated or half-translated text. */
    private static final Pattern JAPANESE = Pattern.compile(
            "[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

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
            english("seed clause " + clause.clause(), "title", clause.titleEn(), problems);
        }
        var threatIds = new HashSet<String>();
        for (var group : catalogue.threatGroups()) {
            unique(group.id(), ids, problems);
            english("threat group " + group.id(), "title", group.titleEn(), problems);
            if (!THREAT.matcher(group.id()).matches()) {
                problems.add("threat group id " + group.id() + " does not read THR-n");
            }
            if (!clauses.contains(group.seedClause())) {
                problems.add("threat group " + group.id() + " names unknown seed clause " + group.seedClause());
            }
            for (var threat : group.threats()) {
                unique(threat.id(), ids, problems);
                english("threat " + threat.id(), "title", threat.titleEn(), problems);
                threatIds.add(threat.id());
                if (!threat.id().startsWith(group.id() + ".")) {
                    problems.add("threat " + threat.id() + " is not numbered under " + group.id());
                }
            }
        }
        for (var chapter : catalogue.chapters()) {
            unique(chapter.id(), ids, problems);
            english("chapter " + chapter.id(), "title", chapter.titleEn(), problems);
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
                english("section " + section.id(), "title", section.titleEn(), problems);
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
                    english("measure " + measure.id(), "title", measure.titleEn(), problems);
                    english("measure " + measure.id(), "requirement", measure.requirementEn(), problems);
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

    /** An English text the English UI shows: present, and not (even partly) left in Japanese. */
    private static void english(String what, String field, String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(what + " lacks an English " + field);
        } else if (JAPANESE.matcher(text).find()) {
            problems.add(what + " has Japanese in its English " + field);
        }
    }

    private static void unique(String id, HashSet<String> ids, List<String> problems) {
        if (!ids.add(id)) {
            problems.add("duplicate id " + id);
        }
    }
}
