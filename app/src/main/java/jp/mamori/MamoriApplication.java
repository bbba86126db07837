package jp.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mamori (守り): the information security management system of a municipality's basic policy.
 *
 * <p>The same jar serves the web app and the administration commands: {@code java -jar
 * mamori-app.jar} starts the server; {@code java -jar mamori-app.jar admin …} or {@code … trail …}
 * starts the application without a web server, runs the command and exits with its status. A command that
 * cannot start (no database where it looked, for example) says so in one line and exits 1.
 */
@SpringBootApplication
@EnableScheduling
public class MamoriApplication {

    public static void main(String[] args) {
        // The embedded database's AUTO_SERVER (so that commands work beside the running app) listens on loopback
        // only; H2 would otherwise accept connections from every interface.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        var application = new SpringApplication(MamoriApplication.class);
        var command = CommandLine.isCommand(args);
        application.addListeners(new DataDirectory(!command));
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            try {
                var context = application.run(args);
                System.exit(SpringApplication.exit(context));
            } catch (RuntimeException failed) {
                System.err.println(CommandLine.failure(failed));
                System.exit(1);
            }
        }
        application.run(args);
    }
}
