package jp.mamori;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the administration commands on the command line before Spring starts, so that a command
 * run never opens the web port, and turns a command's failure to start into one line. The commands themselves
 * are {@code jp.mamori.web.Command} beans of the modules that own them.
 */
final class CommandLine {

    /** The first words that start a command rather than the server. */
    static final Set<String> GROUPS = Set.of("admin", "trail");

    /** H2's "not found" under IFEXISTS=TRUE (error 90146), with the path it looked for. */
    private static final Pattern NO_DATABASE = Pattern.compile("Database \"([^\"]+)\" not found");

    private CommandLine() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && GROUPS.contains(args[0]);
    }

    /**
     * One line for a command that could not start: commands open the embedded database only if it exists
     * ({@code IFEXISTS=TRUE} in the {@code command} profile), so that a command run from the wrong directory names
     * the database it looked for instead of creating an empty one and reporting on that.
     */
    static String failure(Throwable failed) {
        var cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            var message = cause.getMessage();
            if (message != null && NO_DATABASE.matcher(message).find()) {
                break;
            }
            cause = cause.getCause();
        }
        var message = String.valueOf(cause.getMessage());
        var missing = NO_DATABASE.matcher(message);
        if (missing.find()) {
            return "error: no Mamori database at " + missing.group(1) + " — commands never create one; run the"
                    + " command with the MAMORI_DATA_DIR (or SPRING_DATASOURCE_URL) of the installation";
        }
        var firstLine = message.lines().findFirst().orElse(cause.getClass().getSimpleName());
        return "error: the command could not start: " + firstLine;
    }
}
