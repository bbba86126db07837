package jp.mamori.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach Mamori, for links in mails, setup links and the allowed {@code Host}. It is
 * {@code mamori.base-url} ({@code MAMORI_BASE_URL}) when the operator sets it; otherwise
 * {@code http://localhost:<port>} with the port the server really listens on (or {@code server.port} for a
 * command, which starts no server), so that a link never names a port nobody listens on. Never ends in a slash.
 * Thread-safe.
 */
@Component
public class BaseUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile int port;

    BaseUrl(@Value("${mamori.base-url:}") String configured, @Value("${server.port:8080}") int port) {
        var value = configured == null ? "" : configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.isEmpty()) {
            var uri = URI.create(value);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("mamori.base-url must be an http(s) address: " + configured);
            }
        }
        this.configured = value;
        this.port = port;
    }

    /** For example {@code https://mamori.town.kumenan.example} or {@code http://localhost:8080}. */
    public String value() {
        return configured() ? configured : "http://localhost:" + port;
    }

    /** Whether the operator named the address; only then is the request's host checked against it. */
    public boolean configured() {
        return !configured.isEmpty();
    }

    /** The host name of the configured address, lower case; null when none is configured. */
    public String host() {
        return configured() ? URI.create(configured).getHost().toLowerCase(Locale.ROOT) : null;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer().getPort() > 0) {
            port = event.getWebServer().getPort();
        }
    }
}
