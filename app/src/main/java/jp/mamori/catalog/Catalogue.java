package jp.mamori.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One edition of the catalogue: the chapter tree with its measures, the threat catalogue and the seed's clause
 * structure they refer to. Built from the data files by {@link CatalogueFiles}; checked by {@link CatalogueCheck}
 * (a duplicate id keeps the first in the lookups, so that the check can still report it). Immutable and
 * thread-safe.
 *
 * @param edition for example {@code mic-r7.03}
 * @param mustBeCovered the clause-6 items each of which at least one measure must carry out
 */
public record Catalogue(String edition, String title, String titleEn, List<Chapter> chapters,
        List<ThreatGroup> threatGroups, List<SeedClause> seedClauses, List<String> mustBeCovered) {

    public Catalogue {
        chapters = List.copyOf(chapters);
        threatGroups = List.copyOf(threatGroups);
        seedClauses = List.copyOf(seedClauses);
        mustBeCovered = List.copyOf(mustBeCovered);
    }

    /** Every measure in tree order. */
    public List<Measure> measures() {
        var all = new ArrayList<Measure>();
        chapters.forEach(c -> c.sections().forEach(s -> all.addAll(s.measures())));
        return Collections.unmodifiableList(all);
    }

    public List<Section> sections() {
        var all = new ArrayList<Section>();
        chapters.forEach(c -> all.addAll(c.sections()));
        return Collections.unmodifiableList(all);
    }

    public List<Threat> threats() {
        var all = new ArrayList<Threat>();
        threatGroups.forEach(g -> all.addAll(g.threats()));
        return Collections.unmodifiableList(all);
    }

    public Optional<Measure> measure(String id) {
        return measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Chapter> chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String id) {
        return sections().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Threat> threat(String id) {
        return threats().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<SeedClause> seedClause(String clause) {
        return seedClauses.stream().filter(c -> c.clause().equals(clause)).findFirst();
    }

    /** Seed clauses by reference, in the seed's order. */
    public Map<String, SeedClause> seedClausesByReference() {
        var map = new LinkedHashMap<String, SeedClause>();
        seedClauses.forEach(c -> map.putIfAbsent(c.clause(), c));
        return Collections.unmodifiableMap(map);
    }

    /** The measures that address a threat, in tree order. */
    public List<Measure> measuresAddressing(String threatId) {
        return measures().stream().filter(m -> m.threatIds().contains(threatId)).toList();
    }

    /** The measures that carry out a seed clause, in tree order. */
    public List<Measure> measuresCarryingOut(String clause) {
        return measures().stream().filter(m -> m.seedClauses().contains(clause)).toList();
    }
}
