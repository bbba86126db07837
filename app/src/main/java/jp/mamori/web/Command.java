package jp.mamori.web;

import java.io.PrintStream;
import java.util.List;

/**
 * One administration command run from the jar, such as {@code admin setup-link} or {@code trail verify}.
 * Modules contribute commands as beans; {@link CommandRunner} picks the one named on the command line.
 */
public interface Command {

    /** The first word, for example {@code "admin"} or {@code "trail"}. */
    String group();

    /** The second word, for example {@code "setup-link"} or {@code "verify"}. */
    String name();

    /** One line: the arguments it takes and what it does, shown by the usage text. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the words after the command's name
     * @return the process exit status: 0 success, 1 internal error, 2 usage error or integrity failure as
     *     the command documents
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
