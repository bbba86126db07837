package jp.mamori.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private Postfix instance for the tests: its own config_directory, queue_directory and data_directory
 * under target/, listening on high loopback ports only, started with {@code postfix -c DIR start}; never
 * the system's Postfix. Filtered, it is the after-queue set-up of FILTER_README: the front smtpd with
 * {@code content_filter = mamori:[127.0.0.1]:GW}, and a second smtpd for the re-injection with the filter
 * turned off. Alone, it relays straight to the next hop.
 */
final class PostfixInstance implements AutoCloseable {
    final Path dir;
    final int frontPort;
    final int reinjectPort;
    private final Path etc;

    PostfixInstance(Path dir, int frontPort, int reinjectPort, Integer gatewayPort, int nextHopPort, String domains)
            throws IOException {
        this.dir = dir.toAbsolutePath();
        this.frontPort = frontPort;
        this.reinjectPort = reinjectPort;
        this.etc = this.dir.resolve("etc");
        Files.createDirectories(etc);
        Path data = Files.createDirectories(this.dir.resolve("data"));
        Files.createDirectories(this.dir.resolve("queue"));
        run("chown", "postfix", data.toString());
        String name = this.dir.getFileName().toString().replaceAll("[^a-z0-9]", "");
        StringBuilder transports = new StringBuilder();
        for (String d : domains.split(",")) {
            transports.append(d).append("=smtp:[127.0.0.1]:").append(nextHopPort).append(' ');
        }
        String main = String.join("\n",
                "compatibility_level = 3.6",
                "queue_directory = " + this.dir.resolve("queue"),
                "data_directory = " + data,
                "mail_owner = postfix",
                "setgid_group = postdrop",
                "myhostname = " + name + ".test.localdomain",
                "mydomain = test.localdomain",
                "inet_interfaces = 127.0.0.1",
                "inet_protocols = ipv4",
                "mydestination =",
                "relay_domains = " + domains,
                "transport_maps = inline:{ " + transports + "}",
                "mynetworks = 127.0.0.0/8",
                "smtpd_relay_restrictions = permit_mynetworks reject_unauth_destination",
                "maillog_file_prefixes = " + this.dir,
                "maillog_file = " + this.dir.resolve("maillog"),
                "alias_maps =",
                "alias_database =",
                "local_recipient_maps =",
                "smtp_tls_security_level = none",
                "smtpd_tls_security_level = none",
                "smtpd_forbid_bare_newline = yes",
                "disable_dns_lookups = yes",
                "smtp_host_lookup = native",
                "queue_run_delay = 1s",
                "minimal_backoff_time = 1s",
                "maximal_backoff_time = 2s",
                "biff = no",
                gatewayPort == null ? "" : "content_filter = mamori:[127.0.0.1]:" + gatewayPort,
                "mamori_destination_recipient_limit = 1000",
                "mamori_destination_concurrency_limit = 20",
                "mamori_initial_destination_concurrency = 20",
                "") + "\n";
        String master = String.join("\n",
                "127.0.0.1:" + frontPort + " inet n - n - - smtpd",
                "mamori unix - - n - 20 smtp",
                "  -o smtp_send_xforward_command=no",
                "  -o smtp_connect_timeout=5s",
                "  -o smtp_data_done_timeout=120s",
                "  -o max_use=20",
                "127.0.0.1:" + reinjectPort + " inet n - n - 20 smtpd",
                "  -o content_filter=",
                "  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters",
                "  -o smtpd_helo_restrictions=",
                "  -o smtpd_client_restrictions=",
                "  -o smtpd_sender_restrictions=",
                "  -o smtpd_relay_restrictions=",
                "  -o smtpd_recipient_restrictions=permit_mynetworks,reject",
                "  -o mynetworks=127.0.0.0/8",
                "  -o smtpd_authorized_xforward_hosts=127.0.0.0/8",
                "pickup unix n - n 60 1 pickup",
                "cleanup unix n - n - 0 cleanup",
                "qmgr unix n - n 300 1 qmgr",
                "rewrite unix - - n - - trivial-rewrite",
                "bounce unix - - n - 0 bounce",
                "defer unix - - n - 0 bounce",
                "trace unix - - n - 0 bounce",
                "verify unix - - n - 1 verify",
                "flush unix n - n 1000? 0 flush",
                "proxymap unix - - n - - proxymap",
                "smtp unix - - n - - smtp",
                "showq unix n - n - - showq",
                "error unix - - n - - error",
                "retry unix - - n - - error",
                "discard unix - - n - - discard",
                "anvil unix - - n - 1 anvil",
                "scache unix - - n - 1 scache",
                "postlog unix-dgram n - n - 1 postlogd",
                "") + "\n";
        Files.writeString(etc.resolve("main.cf"), main, StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("master.cf"), master, StandardCharsets.UTF_8);
    }

    PostfixInstance start() throws IOException {
        run("postfix", "-c", etc.toString(), "start");
        waitForPort(frontPort);
        return this;
    }

    /** Asks the queue manager to try every deferred mail now. */
    void flush() throws IOException {
        run("postqueue", "-c", etc.toString(), "-f");
    }

    /** How many mails are in the queue (any state). */
    int queued() throws IOException {
        String out = run("postqueue", "-c", etc.toString(), "-j");
        return (int) out.lines().filter(l -> l.startsWith("{")).count();
    }

    String maillog() throws IOException {
        Path log = dir.resolve("maillog");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws IOException {
        run("postfix", "-c", etc.toString(), "stop");
    }

    static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + List.of(command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(List.of(command) + " exited " + p.exitValue() + ": " + out);
        }
        return out;
    }

    static void waitForPort(int port) throws IOException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException(ie);
                }
            }
        }
        throw new IOException("nothing listens on 127.0.0.1:" + port);
    }
}
