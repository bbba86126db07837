package jp.mamori.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces each handler's classification before it runs. Springdoc's and the framework's own handlers
 * are classified by the identity module's filter chain, not here; every handler of ours must carry
 * one of the annotations, and an unclassified one is refused.
 */
class EndpointAccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(EndpointAccessInterceptor.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !ours(method)) {
            return true;
        }
        var access = EndpointAccess.of(method).orElseThrow(() -> {
            log.error("Refused {}: handler {} has no access classification", request.getRequestURI(), method);
            return new AccessDeniedException("endpoint not classified");
        });
        // Java 17: no pattern matching in switch yet.
        if (access instanceof EndpointAccess.NeedsScope needs) {
            var caller = ServiceCaller.get().orElseThrow(() -> CurrentUser.get().isPresent()
                    ? new AccessDeniedException("a person cannot use a service endpoint")
                    : new AuthenticationCredentialsNotFoundException("no service token"));
            if (!caller.holds(needs.scope())) {
                throw new AccessDeniedException("missing scope " + needs.scope().code());
            }
        } else if (access instanceof EndpointAccess.AnySignedIn) {
            signedIn();
        } else if (access instanceof EndpointAccess.Needs needs && !needs.allows(signedIn())) {
            throw new AccessDeniedException("missing permission, one of " + needs.anyOf());
        }
        return true;
    }

    /** The person signed in; a service token, which belongs to no person, is refused. */
    private static CurrentUser signedIn() {
        return CurrentUser.get().orElseThrow(() -> ServiceCaller.get().isPresent()
                ? new AccessDeniedException("a service token cannot use a person's endpoint")
                : new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    static boolean ours(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("jp.mamori");
    }
}
