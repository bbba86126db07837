package jp.mamori.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One of the five threat groups of seed clause 3 (① … ⑤) with its threats. Immutable.
 *
 * @param id stable id, for example {@code THR-3}
 * @param seedClause the clause it comes from, for example {@code 3③}
 */
public record ThreatGroup(String id, String seedClause, String title, String titleEn, List<Threat> threats) {
    public ThreatGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seedClause, "seedClause");
        Objects.requireNonNull(title, "title");
        titleEn = titleEn == null ? title : titleEn;
        threats = List.copyOf(threats);
    }
}
