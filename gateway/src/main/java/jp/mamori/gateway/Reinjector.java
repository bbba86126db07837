package jp.mamori.gateway;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Hands a new mail back to Postfix's second smtpd (the one with {@code content_filter=} empty), with
 * Angus Mail under bounded connect, read and write timeouts. The bytes go out exactly as given (dot-stuffed
 * by the transport), with the original envelope. Connections are kept in a small pool and checked with a
 * NOOP before reuse.
 */
final class Reinjector implements AutoCloseable {

    /** Postfix answered, but not with 250: 4xx is worth a retry, 5xx is not. */
    static final class Refused extends Exception {
        final boolean permanent;

        Refused(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }
    }

    private final Session session;
    private final BlockingQueue<SMTPTransport> idle;

    Reinjector(GatewayConfig config) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", config.reinjectHost());
        p.setProperty("mail.smtp.port", String.valueOf(config.reinjectPort()));
        String ms = String.valueOf(config.reinjectTimeout().toMillis());
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        p.setProperty("mail.smtp.localhost", config.hostName());
        p.setProperty("mail.smtp.quitwait", "false");
        p.setProperty("mail.smtp.reportsuccess", "false");
        this.session = Session.getInstance(p);
        this.idle = new ArrayBlockingQueue<>(Math.max(2, config.maxConnections()));
    }

    /**
     * Sends one mail; returns Postfix's 250 reply (with its queue id).
     *
     * @throws Refused when Postfix answers otherwise
     * @throws IOException when Postfix cannot be reached or the connection breaks
     */
    String inject(Envelope envelope, byte[] message) throws Refused, IOException {
        SMTPTransport transport = borrow();
        boolean reusable = false;
        try {
            Raw raw = new Raw(session, message);
            raw.setEnvelopeFrom(envelope.sender().isEmpty() ? "<>" : envelope.sender());
            Address[] to = new Address[envelope.recipients().size()];
            for (int i = 0; i < to.length; i++) {
                InternetAddress a = new InternetAddress();
                a.setAddress(envelope.recipients().get(i));
                to[i] = a;
            }
            transport.sendMessage(raw, to);
            reusable = true;
            return transport.getLastServerResponse().trim();
        } catch (SMTPSendFailedException e) {
            reusable = false;
            int code = e.getReturnCode();
            throw new Refused("Postfix refused the re-injection: " + firstLine(e.getMessage()), code >= 500);
        } catch (MessagingException e) {
            if (e.getNextException() instanceof SMTPSendFailedException sf) {
                throw new Refused("Postfix refused the re-injection: " + firstLine(sf.getMessage()), sf.getReturnCode() >= 500);
            }
            throw new IOException("re-injection failed: " + firstLine(e.getMessage()), e);
        } finally {
            if (reusable && idle.offer(transport)) {
                // kept for the next mail
            } else {
                close(transport);
            }
        }
    }

    private SMTPTransport borrow() throws IOException {
        SMTPTransport t;
        while ((t = idle.poll()) != null) {
            if (t.isConnected()) { // sends NOOP
                return t;
            }
            close(t);
        }
        try {
            t = (SMTPTransport) session.getTransport("smtp");
            t.connect();
            return t;
        } catch (MessagingException e) {
            throw new IOException("cannot reach Postfix's re-injection smtpd: " + firstLine(e.getMessage()), e);
        }
    }

    private static void close(SMTPTransport t) {
        try {
            t.close();
        } catch (MessagingException ignored) {
            // closing a broken connection
        }
    }

    @Override
    public void close() {
        SMTPTransport t;
        while ((t = idle.poll()) != null) {
            close(t);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A message whose bytes are sent as they are. */
    private static final class Raw extends SMTPMessage {
        private final byte[] bytes;

        Raw(Session session, byte[] bytes) {
            super(session);
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            int half = bytes.length / 2;
            os.write(bytes, 0, half);
            os.flush();
            Faults.at("reinjecting");
            os.write(bytes, half, bytes.length - half);
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            writeTo(os, null);
        }

        @Override
        public int getSize() {
            return bytes.length;
        }

        @Override
        protected void updateMessageID() {
            // the bytes are final; nothing to update
        }
    }

}
