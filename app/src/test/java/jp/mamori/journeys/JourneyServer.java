package jp.mamori.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import jp.mamori.Browser;
import jp.mamori.TestMailServer;
import jp.mamori.web.Command;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a browser journey that sends mail needs around the app: a fixed free port (so that links in mails lead to
 * this very server), a real SMTP server in the JVM, and the first administrator of the demo town through the
 * one-time setup link with TOTP. Each journey class holds its own instance in a static field and registers it from
 * its own {@code @DynamicPropertySource} method, so that every journey keeps an application context of its own.
 */
final class JourneyServer {

    final TestMailServer mail = TestMailServer.start();
    final int port = freePort();

    void register(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> port);
        registry.add("mamori.base-url", () -> "http://localhost:" + port);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", mail::port);
    }

    void stop() {
        mail.stop();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Creates the first administrator of 久米南町 for this staff member through a setup link from the
     * {@code admin setup-link} command, enrols TOTP and stops on the home page. Returns the authenticator.
     */
    Authenticator firstAdministrator(WebDriver browser, List<Command> commands, String staffNumber, String loginName,
            String password) {
        return firstAdministrator(browser, commands, page -> staffNumber, loginName, password);
    }

    /**
     * The same, with the 職員番号 found on the setup page itself ({@code staffNumber} reads it from the page as
     * shown), the way a new town finds it without reading the source.
     */
    Authenticator firstAdministrator(WebDriver browser, List<Command> commands, Function<WebDriver, String> staffNumber,
            String loginName, String password) {
        browser.get(url("/setup/" + setupToken(commands)));
        var tenants = new Select(browser.findElement(By.id("tenantId")));
        tenants.selectByVisibleText(tenants.getOptions().stream().filter(o -> o.getText().contains("久米南町"))
                .findFirst().orElseThrow().getText());
        browser.findElement(By.id("staffNumber")).sendKeys(staffNumber.apply(browser));
        browser.findElement(By.id("loginName")).sendKeys(loginName);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordAgain")).sendKeys(password);
        submit(browser);
        var authenticator = new Authenticator(browser.findElement(By.cssSelector("code.key")).getText());
        browser.findElement(By.id("code")).sendKeys(authenticator.code(0));
        submit(browser);
        Browser.clickAndWait(browser, By.linkText("保管しました。続ける"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
        return authenticator;
    }

    static void submit(WebDriver browser) {
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
    }

    private static String setupToken(List<Command> commands) {
        var out = new ByteArrayOutputStream();
        var command = commands.stream()
                .filter(c -> c.group().equals("admin") && c.name().equals("setup-link")).findFirst().orElseThrow();
        assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        var matcher = Pattern.compile("/setup/([A-Za-z0-9_-]{20,})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
