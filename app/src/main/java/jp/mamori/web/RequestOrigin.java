package jp.mamori.web;

import java.util.UUID;

/**
 * Where the current request came from: its id (also in every log line and error page) and the client
 * address (Tomcat resolves trusted proxies' forwarding headers before we see it). Commands and jobs
 * have a generated id and the address {@code "local"}.
 *
 * @param requestId random per request, echoed in the {@code X-Request-Id} response header
 * @param sourceAddress the client's IP address
 */
public record RequestOrigin(String requestId, String sourceAddress) {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    public static RequestOrigin current() {
        var origin = CURRENT.get();
        return origin != null ? origin : new RequestOrigin(UUID.randomUUID().toString(), "local");
    }

    static void set(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    static void clear() {
        CURRENT.remove();
    }
}
