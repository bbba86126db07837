package jp.mamori.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …} on the API chain, per request and without a session: a personal
 * API token ({@code mmr_…}) as its account's signed-in user, a service token ({@code mms_…}) as a
 * {@link jp.mamori.access.ServiceCaller} that no person's endpoint accepts. A token that is presented but not valid
 * is refused at once with 401, whatever the endpoint.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ServiceTokens services;
    private final CurrentUsers users;

    ApiTokenFilter(ApiTokens tokens, ServiceTokens services, CurrentUsers users) {
        this.tokens = tokens;
        this.services = services;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var presented = header.substring(7).strip();
        Optional<Authentication> authentication = presented.startsWith(ServiceTokens.PREFIX)
                ? services.authenticate(presented).map(ServiceAuthentication::new)
                : tokens.authenticate(presented).filter(users::staffActive).map(users::viaToken);
        if (authentication.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "invalid or expired token");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
