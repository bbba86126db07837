package jp.mamori.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives each request an id and records its origin before anything else runs, security included. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestOriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Our own id, never the client's: a client-chosen id could be used to confuse the trail.
        var origin = new RequestOrigin(UUID.randomUUID().toString(), request.getRemoteAddr());
        RequestOrigin.set(origin);
        MDC.put("requestId", origin.requestId());
        response.setHeader("X-Request-Id", origin.requestId());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            RequestOrigin.clear();
        }
    }
}
