package jp.mamori.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in session on every request, on the server: the absolute lifetime of 12 hours (the idle
 * timeout of 30 minutes is the session store's), the account still enabled, and its permissions still
 * current — when appointments changed or the day turned, they are derived again. A password-only sign-in
 * older than 10 minutes is dropped.
 */
@Component
class SessionGuard extends OncePerRequestFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final Accounts accounts;
    private final CurrentUsers users;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionGuard(Accounts accounts, CurrentUsers users, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending
                    && pending.expiredAt(clock.instant())) {
                session.removeAttribute(PendingSignIn.ATTRIBUTE);
            }
            if (SecurityContextHolder.getContext().getAuthentication() instanceof SignedInAuthentication signedIn) {
                check(signedIn, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void check(SignedInAuthentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        var now = clock.instant();
        var state = accounts.state(signedIn.getPrincipal().accountId());
        if (now.isAfter(signedIn.signedInAt().plus(ABSOLUTE)) || state.isEmpty() || state.get()[0] == 0) {
            log.info("Ending session of account {}: lifetime over or account disabled", signedIn.getName());
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return;
        }
        var today = users.today(signedIn.getPrincipal().tenantId());
        if (state.get()[1] != signedIn.authzVersion() || !today.equals(signedIn.derivedOn())) {
            var account = accounts.find(signedIn.getPrincipal().accountId()).orElseThrow();
            var refreshed = signedIn.refreshed(users.user(account, today), account.authzVersion(), today);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(refreshed);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
    }
}
