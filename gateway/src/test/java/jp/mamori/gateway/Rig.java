package jp.mamori.gateway;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/** The loopback rig of the end-to-end tests: swaks → Postfix → gateway → Postfix → sink. */
final class Rig implements AutoCloseable {
    static final Map<String, String> TENANTS = Map.of(
            "tenant.town.domains", "town.example.jp",
            "tenant.town.preset", "remove",
            "tenant.town.blocked", "notice",
            "tenant.conv.domains", "convert.example.jp",
            "tenant.conv.preset", "convert",
            "tenant.hold.domains", "hold.example.jp",
            "tenant.hold.preset", "hold",
            "tenant.hold.blocked", "sender");
    static final String DOMAINS = "town.example.jp,convert.example.jp,hold.example.jp,internet.example";

    final Path dir;
    final Sink sink;
    final PostfixInstance postfix;
    final GatewayProcess gateway;
    final String key;

    Rig(String name) throws IOException {
        Needs.postfixAndSwaks();
        this.dir = Files.createDirectories(Path.of("target", "e2e", name + "-" + System.nanoTime()).toAbsolutePath());
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = Base64.getEncoder().encodeToString(k);
        this.sink = new Sink(Ports.free()).start();
        int gatewayPort = Ports.free();
        this.postfix = new PostfixInstance(dir.resolve("postfix"), Ports.free(), Ports.free(), gatewayPort,
                sink.port(), DOMAINS);
        this.gateway = new GatewayProcess(dir.resolve("gateway"), gatewayPort, postfix.reinjectPort, key, TENANTS);
    }

    Rig start() throws IOException {
        postfix.start();
        gateway.start(null, null);
        return this;
    }

    /** Sends raw RFC 5322 bytes with swaks to the front smtpd; returns swaks' transcript. */
    String send(String from, String to, String message) throws IOException {
        Path file = Files.createTempFile(dir, "mail-", ".eml");
        Files.writeString(file, message, StandardCharsets.UTF_8);
        return PostfixInstance.run("swaks", "--server", "127.0.0.1:" + postfix.frontPort, "--from", from, "--to", to,
                "--data", "@" + file, "--timeout", "30");
    }

    HoldStore holdStore() throws IOException {
        return new HoldStore(gateway.dataDir.resolve("hold"), Base64.getDecoder().decode(key));
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() throws Exception {
        try {
            gateway.close();
        } finally {
            try {
                postfix.close();
            } finally {
                sink.close();
            }
        }
    }

    static String mail(String to, String subject, String extraHeaders, String body) {
        return "From: Sender <sender@internet.example>\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nDate: Wed, 2 Dec 2026 10:00:00 +0900\r\nMessage-ID: <" + System.nanoTime() + "@internet.example>\r\n"
                + "MIME-Version: 1.0\r\n" + extraHeaders + body;
    }

    /** An HTML mail with a link and a CSV attachment. */
    static String htmlWithAttachment(String to, String subject) {
        String csv = Base64.getMimeEncoder().encodeToString("name,amount\r\n久米南,100\r\n".getBytes(StandardCharsets.UTF_8));
        return mail(to, subject, "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n",
                "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                        + "<html><body><p>予算の資料です。</p><a href=\"https://evil.example/login\">ログイン</a>"
                        + "<script>alert(1)</script></body></html>\r\n"
                        + "--b1\r\nContent-Type: text/csv; name=\"report.csv\"\r\nContent-Disposition: attachment; filename=\"report.csv\"\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n" + csv + "\r\n--b1--\r\n");
    }

    /** A mail the engine blocks: two Content-Type headers on the message. */
    static String ambiguous(String to, String subject) {
        return mail(to, subject, "Content-Type: text/plain; charset=UTF-8\r\nContent-Type: text/html\r\n\r\n",
                "<script>alert(1)</script>\r\n");
    }
}
