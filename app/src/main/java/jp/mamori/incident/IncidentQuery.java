package jp.mamori.incident;

import jp.mamori.web.ResultPage;

/** A search over incidents: free text, a state (or open ones only), a page. Immutable. */
record IncidentQuery(String text, IncidentState state, boolean openOnly, int page, int size) {

    static IncidentQuery of(String q, String state, Boolean open, Integer page, Integer size) {
        IncidentState parsed = null;
        if (state != null && !state.isBlank()) {
            try {
                parsed = IncidentState.valueOf(state);
            } catch (IllegalArgumentException unknown) {
                parsed = null;
            }
        }
        var text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        return new IncidentQuery(text, parsed, Boolean.TRUE.equals(open), page == null ? 0 : Math.max(0, page),
                size == null ? ResultPage.DEFAULT_SIZE : Math.max(1, Math.min(size, ResultPage.MAX_SIZE)));
    }

    IncidentQuery allRows() {
        return new IncidentQuery(text, state, openOnly, 0, Integer.MAX_VALUE);
    }
}
