package jp.mamori.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The filter's SMTP listener (SubEthaSMTP): Postfix's {@code content_filter} delivers here. It listens on
 * a loopback or private address only (checked in {@link GatewayConfig}), with a connection limit, an idle
 * timeout and a size limit, and it refuses smuggling tricks: a DATA body with a bare LF or a bare CR
 * (which is where {@code <LF>.<CR><LF>} and its kin live) is answered 550 and never sanitised or passed on.
 * Postfix itself, in front, normalises line endings ({@code smtpd_forbid_bare_newline}); this is the second
 * line.
 */
final class FilterServer implements AutoCloseable {
    private final SMTPServer server;
    private final ExecutorService executor;

    FilterServer(GatewayConfig config, MailFilter filter, GatewayMetrics metrics) {
        this.executor = Executors.newFixedThreadPool(Math.max(2, config.maxConnections()));
        this.server = new SMTPServer.Builder()
                .bindAddress(config.listenAddress())
                .port(config.listenPort())
                .hostName(config.hostName())
                .softwareName("Mamori gateway")
                .maxConnections(config.maxConnections())
                .connectionTimeout((int) config.clientTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .maxRecipients(config.maxRecipients())
                .maxMessageSize(config.maxMessageBytes())
                .insertReceivedHeaders(false) // a Received line of its own would change the bytes, and so the key, on every retry
                .executorService(executor)
                .messageHandlerFactory(context -> new Handler(context, config, filter, metrics))
                .build();
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    @Override
    public void close() {
        server.stop();
        executor.shutdownNow();
    }

    /** Checks the line endings of a DATA body: every LF after a CR, every CR before an LF. */
    static String lineEndingProblem(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
                return "bare LF at byte " + i;
            }
            if (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n')) {
                return "bare CR at byte " + i;
            }
        }
        return null;
    }

    private static final class Handler implements MessageHandler {
        private final GatewayConfig config;
        private final MailFilter filter;
        private final GatewayMetrics metrics;
        private String sender = "";
        private final List<String> recipients = new ArrayList<>();

        Handler(MessageContext context, GatewayConfig config, MailFilter filter, GatewayMetrics metrics) {
            this.config = config;
            this.filter = filter;
            this.metrics = metrics;
        }

        @Override
        public void from(String from) {
            sender = from == null ? "" : from;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            if (recipient == null || recipient.isBlank()) {
                throw new RejectException(501, "5.1.3 Bad recipient address syntax");
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] raw = data.readNBytes(config.maxMessageBytes() + 1);
            if (raw.length > config.maxMessageBytes()) {
                data.transferTo(OutputStreamSink.INSTANCE);
                metrics.count("rejected", "-");
                throw new RejectException(552, "5.3.4 Message too big for the gateway");
            }
            String problem = lineEndingProblem(raw);
            if (problem != null) {
                metrics.count("rejected", "-");
                Log.warn("smuggling-refused", "problem", problem, "senderDomain", Envelope.domainOf(sender));
                throw new RejectException(550, "5.6.0 Refused: " + problem + " (SMTP smuggling defence)");
            }
            try {
                return filter.filter(new Envelope(sender, recipients), raw);
            } catch (MailFilter.Temporary e) {
                for (String r : recipients) {
                    metrics.count("deferred", config.tenantOf(r).code());
                }
                Log.warn("deferred", "reason", e.getMessage());
                throw new RejectException(451, "4.3.0 Gateway cannot take the mail now, try again later");
            } catch (MailFilter.Permanent e) {
                Log.warn("rejected", "reason", e.getMessage());
                throw new RejectException(554, "5.3.0 " + e.getMessage().replaceAll("[\\r\\n]", " "));
            }
        }

        @Override
        public void done() {
        }
    }

    /** Swallows what is left of an over-size DATA, so the session stays in step. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
