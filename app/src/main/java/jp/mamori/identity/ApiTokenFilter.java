package jp.mamori.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer mmr_…} on the API chain, per request and without a session.
 * A token that is presented but not valid is refused at once with 401, whatever the endpoint.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final CurrentUsers users;

    ApiTokenFilter(ApiTokens tokens, CurrentUsers users) {
        this.tokens = tokens;
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
        var account = tokens.authenticate(header.substring(7).strip()).filter(users::staffActive);
        if (account.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            SecurityConfiguration.problem(response, HttpStatus.UNAUTHORIZED, "invalid or expired token");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.viaToken(account.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
