package jp.mamori.inspection;

/** One answer to a self-inspection question: 実施, 一部実施, 未実施 or 該当なし. */
enum Answer {
    IMPLEMENTED("#1a7f37"),
    PARTIAL("#bf8700"),
    NOT_IMPLEMENTED("#b42318"),
    NOT_APPLICABLE("#8c959f");

    private final String fill;

    Answer(String fill) {
        this.fill = fill;
    }

    /** The chart colour (AA contrast against white), the same as the catalogue's coverage chart. */
    String fill() {
        return fill;
    }

    static Answer parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InspectionRefused("inspection.refused.unknownAnswer", value);
        }
    }
}
