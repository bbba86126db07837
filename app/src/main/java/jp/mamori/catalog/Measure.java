package jp.mamori.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.mamori.tenant.SeparationModel;

/**
 * One measure (対策) of the standard, id {@code MIC-STD-x.y.z}, stable across editions as long as its meaning
 * stays. The requirement is Mamori's own summary, never the guideline's wording; the English one translates
 * Mamori's Japanese text (the Japanese is the authoritative one, and what the committee exports print). Immutable.
 *
 * @param chapterId for example {@code MIC-STD-4}
 * @param sectionId for example {@code MIC-STD-4.1}
 * @param seedClauses the basic policy clauses it carries out, as {@link SeedClause#clause()} references
 * @param threatIds the threats of seed clause 3 it addresses
 * @param separationModels the network models it is meant for; empty means every model
 * @param requirementEn the requirement in English; {@code null} is kept as empty so that {@link CatalogueCheck} can
 *     report the gap instead of the app showing Japanese on an English page
 */
public record Measure(String id, String chapterId, String sectionId, String title, String titleEn,
        String requirement, String requirementEn, List<String> seedClauses, List<String> threatIds,
        Set<SeparationModel> separationModels) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chapterId, "chapterId");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requirement, "requirement");
        titleEn = titleEn == null ? title : titleEn;
        requirementEn = requirementEn == null ? "" : requirementEn;
        seedClauses = List.copyOf(seedClauses);
        threatIds = List.copyOf(threatIds);
        separationModels = Set.copyOf(separationModels);
    }

    /** Whether the measure is meant for a tenant following this separation model. */
    public boolean meantFor(SeparationModel model) {
        return separationModels.isEmpty() || separationModels.contains(model);
    }
}
