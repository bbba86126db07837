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
 * starts the application without a web server, runs the command and exits with its status.
 */
@SpringBootApplication
@EnableScheduling
public class MamoriApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(MamoriApplication.class);
        if (CommandLine.isCommand(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            var context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
