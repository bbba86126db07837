package jp.mamori.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which client address, scheme and host a request has (issue 20, finding 2). {@code X-Forwarded-For}, {@code -Proto},
 * {@code -Host} and {@code -Port} count only when the connection comes from a proxy the operator names in
 * {@code mamori.trusted-proxies} ({@code MAMORI_TRUSTED_PROXIES}, comma-separated IP addresses; none by default):
 * Tomcat's own default trusted every private and loopback address, so any client on the LAN could choose the
 * address the sign-in throttle and the trail saw. When {@code mamori.base-url} is set, a request for any other host
 * is refused with 400 (health probes excepted: load balancers address the node). Redirects are relative
 * ({@code server.tomcat.use-relative-redirects}), so no header can turn them to another host.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ForwardedHeaders {

    /** The exact addresses, as Tomcat's regular expression of internal proxies; null when none are named. */
    static String proxyPattern(String trusted) {
        List<String> addresses = Arrays.stream(trusted == null ? new String[0] : trusted.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        for (var address : addresses) {
            if (!address.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("mamori.trusted-proxies takes IP addresses, not " + address);
            }
        }
        return addresses.isEmpty() ? null
                : addresses.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesAndHost(
            @Value("${mamori.trusted-proxies:}") String trusted, BaseUrl baseUrl) {
        var pattern = proxyPattern(trusted);
        return factory -> {
            // Engine valves run in the order added: the proxy's headers first, then the host they name is checked.
            if (pattern != null) {
                var valve = new RemoteIpValve();
                valve.setInternalProxies(pattern);
                valve.setTrustedProxies(null);
                valve.setRemoteIpHeader("X-Forwarded-For");
                valve.setProtocolHeader("X-Forwarded-Proto");
                valve.setHostHeader("X-Forwarded-Host");
                valve.setPortHeader("X-Forwarded-Port");
                factory.addEngineValves(valve);
            }
            // Without a pattern, server.forward-headers-strategy=none: the headers are ignored.
            factory.addEngineValves(new HostCheck(baseUrl));
        };
    }

    /**
     * Refuses a host other than the configured base URL's with a plain 400, before the application sees the request.
     * A valve, not a servlet filter: it guards the real server and leaves MockMvc tests, which have no host, alone.
     */
    static final class HostCheck extends ValveBase {

        private final BaseUrl baseUrl;

        HostCheck(BaseUrl baseUrl) {
            super(true);
            this.baseUrl = baseUrl;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            var host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
            var probe = request.getRequestURI() != null && request.getRequestURI().startsWith("/actuator/health");
            if (baseUrl.configured() && !probe && !host.equals(baseUrl.host())) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write("400 Bad Request: this server answers only for its own address\n");
                response.finishResponse();
                return;
            }
            getNext().invoke(request, response);
        }
    }
}
