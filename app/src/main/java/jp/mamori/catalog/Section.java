package jp.mamori.catalog;

import java.util.List;
import java.util.Objects;

/** A section of the standard, id {@code MIC-STD-x.y}, with its measures in order. Immutable. */
public record Section(String id, String chapterId, String title, String titleEn, List<Measure> measures) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        titleEn = titleEn == null ? title : titleEn;
        measures = List.copyOf(measures);
    }
}
