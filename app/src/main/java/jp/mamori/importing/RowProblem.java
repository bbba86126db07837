package jp.mamori.importing;

import java.util.List;
import java.util.Objects;

/**
 * One reason a file cannot be imported (取り込みの問題): the row as Excel shows it, the column's header, the value
 * found and a message key with its arguments, which every module's bundle holds in Japanese and English. Immutable.
 *
 * @param row the row number (the header is row 1); 0 for a problem of the whole file
 * @param column the column header, or empty
 * @param messageKey the message
 * @param arguments its arguments, the offending value first where there is one
 */
public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

    public RowProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    public static RowProblem of(int row, String column, String messageKey, Object... arguments) {
        return new RowProblem(row, column, messageKey, List.of(arguments).stream().map(a -> a == null ? (Object) "" : a)
                .toList());
    }

    /** A problem of the file as a whole (unreadable, too large, no rows). */
    public static RowProblem ofFile(String messageKey, Object... arguments) {
        return of(0, "", messageKey, arguments);
    }

    /** The value the problem is about: the first argument, or empty. */
    public String value() {
        return arguments.isEmpty() ? "" : String.valueOf(arguments.get(0));
    }

    /** The arguments for a message expression. */
    public Object[] args() {
        return arguments.toArray();
    }
}
