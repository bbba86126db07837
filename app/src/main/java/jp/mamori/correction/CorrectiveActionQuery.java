package jp.mamori.correction;

import java.util.Locale;

import jp.mamori.web.ResultPage;

/**
 * The filters of the corrective-action register, bound once from the request: free text (title, source), state,
 * the module that opened the action, only the overdue ones, and the page.
 *
 * @param text words to look for in the title or the source's label; blank for none
 * @param state one state, or null for all
 * @param module the opening module ({@code audit}, {@code inspection}…), or blank for all
 * @param overdue only actions past their due date and not done
 */
record CorrectiveActionQuery(String text, CorrectiveActionState state, String module, boolean overdue, int page,
        int size) {

    static CorrectiveActionQuery of(String text, String state, String module, Boolean overdue, Integer page,
            Integer size) {
        CorrectiveActionState parsed = null;
        if (state != null && !state.isBlank()) {
            try {
                parsed = CorrectiveActionState.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                parsed = null; // an unknown state from an old bookmark filters nothing rather than failing
            }
        }
        return new CorrectiveActionQuery(text == null ? "" : text.strip(), parsed,
                module == null ? "" : module.strip(), Boolean.TRUE.equals(overdue), ResultPage.clampPage(page),
                ResultPage.clampSize(size));
    }

    /** The same filters for every row, as an export takes them. */
    CorrectiveActionQuery allRows() {
        return new CorrectiveActionQuery(text, state, module, overdue, 0, Integer.MAX_VALUE);
    }
}
