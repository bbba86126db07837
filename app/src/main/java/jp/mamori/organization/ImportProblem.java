package jp.mamori.organization;

import java.util.List;

/**
 * One reason a row cannot be imported: the row number as Excel shows it, the column header and a message.
 *
 * @param row the row number (the header is row 1); 0 for a problem with the whole file
 * @param column the column header, or empty
 * @param messageKey the message
 * @param arguments its arguments
 */
record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    ImportProblem(int row, String column, String messageKey, Object... arguments) {
        this(row, column, messageKey, List.of(arguments));
    }
}
