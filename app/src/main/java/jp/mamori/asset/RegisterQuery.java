package jp.mamori.asset;

import java.util.Locale;
import java.util.UUID;

/**
 * A search of the register: free text (Japanese, kana folded), filters by unit, zone, class and kind, a sort
 * and a page. Immutable; built from request parameters, unknown values are ignored.
 *
 * @param zone a {@link Zone} name, {@code NONE} for assets without a zone, or null for any
 * @param confidentiality a {@link Confidentiality} name, {@code TWO_OR_ABOVE}, or null for any
 * @param includeDisposed whether disposed assets are listed too
 */
record RegisterQuery(String text, UUID unitId, String zone, String confidentiality, AssetKind kind,
        boolean includeDisposed, Sort sort, boolean descending, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** The sorts the list offers; each has an index (see V40). The register number breaks ties. */
    enum Sort {
        NUMBER("register_number"),
        NAME("name"),
        UNIT("owner_unit_id"),
        CONFIDENTIALITY("confidentiality_rank"),
        UPDATED("updated_at");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    RegisterQuery {
        text = text == null ? "" : text.strip();
        zone = zone == null || zone.isBlank() ? null : zone;
        if (zone != null && !zone.equals("NONE")) {
            zone = Zone.parse(zone) == null ? null : Zone.parse(zone).name();
        }
        if (confidentiality != null && !confidentiality.equals("TWO_OR_ABOVE")) {
            confidentiality = parseConfidentiality(confidentiality);
        }
        sort = sort == null ? Sort.NUMBER : sort;
        page = Math.max(0, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    static RegisterQuery of(String text, String unit, String zone, String confidentiality, String kind,
            Boolean includeDisposed, String sort, String direction, Integer page, Integer size) {
        return new RegisterQuery(text, uuid(unit), zone, confidentiality, kind == null ? null : AssetKind.parse(kind),
                Boolean.TRUE.equals(includeDisposed), sort(sort), "desc".equalsIgnoreCase(direction),
                page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    static RegisterQuery all() {
        return new RegisterQuery("", null, null, null, null, false, Sort.NUMBER, false, 0, DEFAULT_SIZE);
    }

    RegisterQuery withPage(int newPage) {
        return new RegisterQuery(text, unitId, zone, confidentiality, kind, includeDisposed, sort, descending, newPage,
                size);
    }

    private static String parseConfidentiality(String value) {
        try {
            return Confidentiality.valueOf(value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Sort sort(String value) {
        if (value == null) {
            return Sort.NUMBER;
        }
        try {
            return Sort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Sort.NUMBER;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
