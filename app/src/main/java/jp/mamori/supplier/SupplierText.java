package jp.mamori.supplier;

/** The one place the registers' text fields are trimmed and limited. */
final class SupplierText {

    private SupplierText() {
    }

    static String required(String value, String field, int max) {
        var text = optional(value, max);
        if (text.isEmpty()) {
            throw new SupplierRefused("supplier.refused.required." + field);
        }
        return text;
    }

    static String optional(String value, int max) {
        var text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new SupplierRefused("supplier.refused.tooLong", max);
        }
        return text;
    }
}
