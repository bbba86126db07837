package jp.mamori;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import jakarta.mail.MessagingException;

import org.subethamail.wiser.Wiser;
import org.subethamail.wiser.WiserMessage;

/**
 * A real SMTP server in the test JVM (SubEthaSMTP's Wiser, which keeps what it receives), on a free port of its
 * own. Wiser brings javax.mail 1.4.4; it stays in test code, decoding what the app sent with Jakarta Mail.
 */
public final class TestMailServer implements AutoCloseable {

    /** One received mail, decoded. */
    public record Received(String envelopeRecipient, String to, String from, String subject, String body,
            String messageId, String contentType) {
    }

    private final int port;
    private Wiser wiser;

    private TestMailServer(int port) {
        this.port = port;
    }

    /** A server on a free port, started. */
    public static TestMailServer start() {
        var server = new TestMailServer(freePort());
        server.up();
        return server;
    }

    /** A free port with nothing listening on it: a mail server that is down. */
    public static TestMailServer down() {
        return new TestMailServer(freePort());
    }

    public int port() {
        return port;
    }

    /** Starts (again) on the same port. */
    public synchronized void up() {
        if (wiser == null) {
            var fresh = new Wiser(port);
            fresh.setHostname("localhost");
            fresh.start();
            wiser = fresh;
        }
    }

    public synchronized void stop() {
        if (wiser != null) {
            wiser.stop();
            wiser = null;
        }
    }

    /** Everything received so far for this recipient (envelope), decoded. */
    public synchronized List<Received> to(String recipient) {
        if (wiser == null) {
            return List.of();
        }
        var received = wiser.getMessages();
        List<WiserMessage> copy;
        // Wiser's list is a synchronised list that the SMTP threads append to: copy it under its lock.
        synchronized (received) {
            copy = new java.util.ArrayList<>(received);
        }
        return copy.stream().filter(m -> m.getEnvelopeReceiver().equalsIgnoreCase(recipient))
                .map(TestMailServer::decode).toList();
    }

    private static Received decode(WiserMessage message) {
        try {
            // Parsed from the raw bytes with Jakarta Mail: javax.mail's content handlers clash with Angus Mail's.
            var mime = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(message.getData()));
            var content = mime.getContent();
            return new Received(message.getEnvelopeReceiver(), mime.getHeader("To", ","), mime.getHeader("From", ","),
                    mime.getSubject(), content instanceof String text ? text : String.valueOf(content),
                    mime.getMessageID(), mime.getContentType());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
