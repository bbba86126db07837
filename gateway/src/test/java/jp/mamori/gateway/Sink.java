package jp.mamori.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/** The next hop in the tests (the LGWAN side's mail server): keeps every mail that arrives. */
final class Sink implements AutoCloseable {
    record Arrived(String sender, List<String> recipients, byte[] bytes, long arrivedNanos) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    final List<Arrived> arrived = new CopyOnWriteArrayList<>();
    private final int port;
    private SMTPServer server;

    Sink(int port) {
        this.port = port;
    }

    synchronized Sink start() {
        server = new SMTPServer.Builder().bindAddress(InetAddress.getLoopbackAddress()).port(port)
                .hostName("sink.test").messageHandlerFactory(Handler::new).build();
        server.start();
        return this;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    int port() {
        return port;
    }

    /** Waits until at least {@code n} mails have arrived, then a little longer to see any extra. */
    List<Arrived> await(int n, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (arrived.size() < n && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        return List.copyOf(arrived);
    }

    @Override
    public void close() {
        stop();
    }

    private final class Handler implements MessageHandler {
        private String from = "";
        private final List<String> to = new ArrayList<>();

        Handler(MessageContext context) {
        }

        @Override
        public void from(String f) {
            from = f;
        }

        @Override
        public void recipient(String r) {
            to.add(r);
        }

        @Override
        public String data(InputStream data) throws IOException {
            byte[] bytes = data.readAllBytes();
            arrived.add(new Arrived(from, List.copyOf(to), bytes, System.nanoTime()));
            return null;
        }

        @Override
        public void done() {
        }
    }
}
