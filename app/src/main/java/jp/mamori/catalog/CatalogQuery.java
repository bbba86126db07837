package jp.mamori.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A search of the catalogue with the tenant's statement: free text (id, title and requirement in either language,
 * seed clause, local article number; width and case folded), a chapter, a status, and a page. Immutable; built
 * from request parameters, unknown values are ignored.
 */
record CatalogQuery(String text, String chapter, ImplementationStatus status, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    CatalogQuery {
        text = text == null ? "" : text.strip();
        chapter = chapter == null || !chapter.matches("MIC-STD-\\d{1,2}") ? null : chapter;
        page = Math.max(0, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    static CatalogQuery of(String text, String chapter, String status, Integer page, Integer size) {
        return new CatalogQuery(text, chapter, status(status), page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    static CatalogQuery all() {
        return new CatalogQuery("", null, null, 0, MAX_SIZE);
    }

    boolean matches(Measure measure, ApplicabilityEntry entry) {
        if (chapter != null && !measure.chapterId().equals(chapter)) {
            return false;
        }
        if (status != null && entry.status() != status) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        var needle = fold(text);
        return fold(measure.id()).contains(needle) || fold(measure.title()).contains(needle)
                || fold(measure.titleEn()).contains(needle) || fold(measure.requirement()).contains(needle)
                || fold(measure.requirementEn()).contains(needle)
                || measure.seedClauses().stream().anyMatch(c -> fold(c).equals(needle))
                || (!entry.localArticle().isEmpty() && fold(entry.localArticle()).contains(needle));
    }

    static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static ImplementationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ImplementationStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
