package jp.mamori;

import java.util.Set;

/**
 * Recognises the administration commands on the command line before Spring starts, so that a command
 * run never opens the web port. The commands themselves are {@code jp.mamori.web.Command} beans of the
 * modules that own them.
 */
final class CommandLine {

    /** The first words that start a command rather than the server. */
    static final Set<String> GROUPS = Set.of("admin", "trail");

    private CommandLine() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && GROUPS.contains(args[0]);
    }
}
