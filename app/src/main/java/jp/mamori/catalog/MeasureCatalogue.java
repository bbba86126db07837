package jp.mamori.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The module API to the catalogue content: the current edition's chapter tree, measures and threats, the same for
 * every tenant. Loaded and checked once at start-up (a catalogue with problems stops the app, see
 * {@link CatalogueCheck}). Immutable and thread-safe.
 */
@Service
public class MeasureCatalogue {

    private final Catalogue catalogue;

    MeasureCatalogue() {
        this(CatalogueFiles.load(CatalogueFiles.CURRENT_EDITION));
    }

    MeasureCatalogue(Catalogue catalogue) {
        var problems = CatalogueCheck.problems(catalogue);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("catalogue " + catalogue.edition() + " has problems: " + problems);
        }
        this.catalogue = catalogue;
    }

    public Catalogue current() {
        return catalogue;
    }

    public String edition() {
        return catalogue.edition();
    }

    public List<Measure> measures() {
        return catalogue.measures();
    }

    public Optional<Measure> measure(String id) {
        return catalogue.measure(id);
    }
}
