package jp.mamori.notification;

import java.util.Locale;

/** A search of the outbox: free text over recipient, subject and cause; a state; a page. Immutable. */
record MailQuery(String text, MailState state, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    MailQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    static MailQuery of(String text, String state, Integer page, Integer size) {
        return new MailQuery(text, parse(state), page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    MailQuery withPage(int newPage) {
        return new MailQuery(text, state, newPage, MAX_SIZE);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static MailState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MailState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
