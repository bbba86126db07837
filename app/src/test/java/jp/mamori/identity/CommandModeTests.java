package jp.mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.mamori.DatabaseTest;
import jp.mamori.web.Command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The identity commands start and run without a web server, as {@code java -jar mamori-app.jar admin …} does. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("command")
class CommandModeTests {

    @Autowired List<Command> commands;

    @Test
    void printsASetupLinkWithoutAWebServer() {
        var command = commands.stream().filter(c -> c.name().equals("setup-link")).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("http.*/setup/[A-Za-z0-9_-]{43}");
        assertThat(commands).extracting(Command::name).contains("api-token", "end-sessions");
    }
}
