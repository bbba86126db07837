package jp.mamori.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * How one handler method is classified: public, any signed-in user, one of some permissions (people), or a
 * service scope (machines). A method's own annotation wins over its class's; a handler with none is
 * unclassified and refused (deny by default).
 */
public sealed interface EndpointAccess {

    record Public(String reason) implements EndpointAccess {
    }

    record AnySignedIn() implements EndpointAccess {
    }

    /** Needs any one of the permissions; never empty. */
    record Needs(Set<Permission> anyOf) implements EndpointAccess {
        public Needs {
            if (anyOf.isEmpty()) {
                throw new IllegalArgumentException("@RequiresPermission names no permission");
            }
            anyOf = Set.copyOf(anyOf);
        }

        /** Whether this user holds one of the permissions. */
        public boolean allows(CurrentUser user) {
            return anyOf.stream().anyMatch(user::can);
        }
    }

    /** Needs a service token holding the scope; no person is let in. */
    record NeedsScope(ServiceScope scope) implements EndpointAccess {
    }

    /** The classification of a handler, or empty when it has none. */
    static Optional<EndpointAccess> of(HandlerMethod handler) {
        var method = handler.getMethod();
        var own = classification(method);
        return own.isPresent() ? own : classification(handler.getBeanType());
    }

    private static Optional<EndpointAccess> classification(java.lang.reflect.AnnotatedElement element) {
        var open = AnnotatedElementUtils.findMergedAnnotation(element, PublicEndpoint.class);
        if (open != null) {
            return Optional.of(new Public(open.value()));
        }
        var permission = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
        if (permission != null) {
            return Optional.of(new Needs(Set.of(permission.value())));
        }
        var scope = AnnotatedElementUtils.findMergedAnnotation(element, RequiresScope.class);
        if (scope != null) {
            return Optional.of(new NeedsScope(scope.value()));
        }
        if (AnnotatedElementUtils.hasAnnotation(element, SignedIn.class)) {
            return Optional.of(new AnySignedIn());
        }
        return Optional.empty();
    }
}
