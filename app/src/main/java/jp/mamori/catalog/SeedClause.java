package jp.mamori.catalog;

import java.util.Objects;

/**
 * One clause of the basic policy (the seed) that measures refer to, written as in the seed: {@code 6(2)②},
 * {@code 3}, {@code 4(2)}. The seed numbers two items of clause 6 as (1); the second (情報資産の分類と管理) is
 * written {@code 6(1)b}. Immutable.
 *
 * @param clause the reference, for example {@code 6(2)②}
 * @param title its heading in Japanese
 * @param titleEn its heading in English
 * @param anchor the clause anchor in the rendered policy document, for example {@code clause-6-2-2}
 */
public record SeedClause(String clause, String title, String titleEn, String anchor) {

    public SeedClause {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(anchor, "anchor");
        titleEn = titleEn == null ? title : titleEn;
    }

    /** Where the clause reads in the tenant's basic policy in force (the policy module's URL convention). */
    public String link() {
        return "/policies/kind/BASIC_POLICY#" + anchor;
    }
}
