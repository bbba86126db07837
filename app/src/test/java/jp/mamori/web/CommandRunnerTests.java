package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandRunnerTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> received = new ArrayList<>();

    private final Command echo = new Command() {
        public String group() {
            return "admin";
        }

        public String name() {
            return "echo";
        }

        public String usage() {
            return "WORD…  prints the words";
        }

        public int run(List<String> args, PrintStream o, PrintStream e) {
            if (args.isEmpty()) {
                throw new IllegalArgumentException("a word is needed");
            }
            received.add(args);
            return 0;
        }
    };

    private final CommandRunner runner = new CommandRunner(List.of(echo),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void runsTheNamedCommandWithTheRemainingWords() {
        assertThat(runner.run("admin", "echo", "a", "--b")).isZero();
        assertThat(received).containsExactly(List.of("a", "--b"));
    }

    @Test
    void answersAnUnknownCommandWithUsageAndStatusTwo() {
        assertThat(runner.run("admin", "nothing")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command: admin nothing").contains("admin echo");
    }

    @Test
    void answersABadArgumentWithItsReasonAndStatusTwo() {
        assertThat(runner.run("admin", "echo")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a word is needed").contains("usage: admin echo");
    }
}
