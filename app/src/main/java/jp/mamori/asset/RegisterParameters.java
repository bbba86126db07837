package jp.mamori.asset;

/**
 * The register's list filters as the list page, the list API and the export take them from the URL, bound once:
 * {@code q, unit, zone, confidentiality, kind, disposed, sort, dir, page, size}, each optional. Unknown values are
 * ignored by {@link RegisterQuery}, so a hand-edited link lists rather than fails.
 */
record RegisterParameters(String q, String unit, String zone, String confidentiality, String kind, Boolean disposed,
        String sort, String dir, Integer page, Integer size) {

    /** The search these parameters ask for. */
    RegisterQuery query() {
        return RegisterQuery.of(q, unit, zone, confidentiality, kind, disposed, sort, dir, page, size);
    }

    /** The same search for an export, which streams every match: page and size do not apply. */
    RegisterQuery forExport() {
        return RegisterQuery.of(q, unit, zone, confidentiality, kind, disposed, sort, dir, 0, 1);
    }
}
