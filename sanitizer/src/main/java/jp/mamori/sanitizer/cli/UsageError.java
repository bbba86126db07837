package jp.mamori.sanitizer.cli;

/** The command line was wrong; the message says what and what to do instead. Exit status 2. */
final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
