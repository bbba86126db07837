package jp.mamori.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A chapter of the standard, id {@code MIC-STD-x}, with the seed clauses it carries out and its sections.
 * Immutable.
 */
public record Chapter(String id, String title, String titleEn, List<String> seedClauses, List<Section> sections) {
    public Chapter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        titleEn = titleEn == null ? title : titleEn;
        seedClauses = List.copyOf(seedClauses);
        sections = List.copyOf(sections);
    }

    /** The chapter's number, 1 … 10, from its id. */
    public int number() {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
