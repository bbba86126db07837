package jp.mamori.web;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs the command named on the command line when the app was started in the {@code command} profile. */
@Component
@Profile("command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int USAGE = 2;

    private final List<Command> commands;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @Autowired
    CommandRunner(List<Command> commands) {
        this(commands, System.out, System.err);
    }

    CommandRunner(List<Command> commands, PrintStream out, PrintStream err) {
        this.commands = commands.stream()
                .sorted(Comparator.comparing(Command::group).thenComparing(Command::name))
                .toList();
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // Source arguments, not Spring's option parsing: commands take their own --options.
        exitCode = run(Arrays.stream(arguments.getSourceArgs())
                .filter(word -> !word.startsWith("--spring.") && !word.startsWith("--server."))
                .toList());
    }

    int run(List<String> words) {
        if (words.size() < 2) {
            return usage("command missing");
        }
        var command = commands.stream()
                .filter(c -> c.group().equals(words.get(0)) && c.name().equals(words.get(1)))
                .findFirst();
        if (command.isEmpty()) {
            return usage("unknown command: " + String.join(" ", words.subList(0, 2)));
        }
        try {
            return command.get().run(words.subList(2, words.size()), out, err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + command.get().group() + " " + command.get().name() + " " + command.get().usage());
            return USAGE;
        }
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println("usage: java -jar mamori-app.jar <command> [arguments]");
        for (var command : commands) {
            err.println("  " + command.group() + " " + command.name() + " " + command.usage());
        }
        return USAGE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** For tests and callers that have the words as an array. */
    int run(String... words) {
        return run(Arrays.asList(words));
    }
}
